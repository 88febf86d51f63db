// Recognises files that are not text at all (NUL bytes, well-known binary signatures), so the
// analyst is told what the file is instead of getting a page of mojibake.
import { WHAT_ASSAY_IMPORTS } from './supported-formats.js';

const SIGNATURES: readonly { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive or Office document' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Office document (.doc/.xls)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x1f, 0x8b], what: 'gzip-compressed data' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], what: 'an SQLite database' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** A reason when the bytes are plainly not text, else null. Call after BOM detection: UTF-16 has NULs. */
export function binaryReason(bytes: Uint8Array): string | null {
  for (const signature of SIGNATURES) {
    if (startsWith(bytes, signature.bytes)) {
      return `binary file (looks like ${signature.what}) — ${WHAT_ASSAY_IMPORTS}`;
    }
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) {
    return `an RTF document under another name — rename it .rtf`;
  }
  if (bytes.indexOf(0) !== -1) return `binary file (contains NUL bytes) — ${WHAT_ASSAY_IMPORTS}`;
  return null;
}

// DOS files may end in Ctrl-Z and old mail holds the odd escape; more than this share is data.
const MAX_CONTROL_SHARE = 0.005;

/** True when decoded text holds more control characters than real documents ever do. */
export function hasTooManyControls(text: string): boolean {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const controls = sample.match(/[^\P{Cc}\t\n\r\f]|\uFFFD/gu)?.length ?? 0;
  return controls > Math.max(2, sample.length * MAX_CONTROL_SHARE);
}
