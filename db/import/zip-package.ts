// Opens the ZIP package a DOCX, ODT or EPUB is made of (fflate), and turns what goes wrong into
// one plain reason: a file that is not a ZIP at all (text, an encrypted Office file, a PDF under
// the wrong name), one cut short, or one that would unpack to far more than any document needs.
import { unzipSync } from 'fflate';

export type ZipOutcome = { ok: true; parts: Map<string, Uint8Array>; names: Set<string> } | { ok: false; reason: string };

/** More than any text document's parts: a larger declared size is a ZIP bomb or not a document. */
const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function holdsUtf16(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'));
}

// "an OpenDocument text", "an EPUB e-book", "a Word document".
function article(what: string): string {
  return /^[AEIOU]/i.test(what) ? 'an' : 'a';
}

/** Why bytes that should be a ZIP package (a `what`: "Word document") are not one. */
export function notZipReason(bytes: Uint8Array, what: string): string {
  const notA = `not ${article(what)} ${what}`;
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (holdsUtf16(bytes, 'EncryptedPackage')) return `password-protected ${what} — it needs its password: open it, save it without one and import that copy`;
    return `${notA} but an old Office file (.doc/.xls) under its name — open it and save it as a current document`;
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return `${notA} but a PDF document under its name — rename it .pdf`;
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return `${notA} but an RTF document under its name — rename it .rtf`;
  const head = bytes.subarray(0, 4096);
  if (head.indexOf(0) === -1) return `${notA}: it is plain text, not a ZIP package — rename it .txt`;
  return `${notA}: it is not a ZIP package`;
}

/**
 * The entries of the package that `wanted` accepts, decompressed; every entry name is listed
 * in `names`. Never throws.
 */
export function openZip(bytes: Uint8Array, what: string, wanted: (name: string) => boolean): ZipOutcome {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { ok: false, reason: notZipReason(bytes, what) };
  const names = new Set<string>();
  let unpacked = 0;
  try {
    const files = unzipSync(bytes, {
      filter(file) {
        names.add(file.name);
        if (!wanted(file.name)) return false;
        unpacked += file.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES) throw new RangeError('unpacked size over the limit');
        return true;
      },
    });
    return { ok: true, parts: new Map(Object.entries(files)), names };
  } catch (error) {
    if (error instanceof RangeError)
      return { ok: false, reason: `${what} too large once unpacked (over ${MAX_UNPACKED_BYTES / (1024 * 1024)} MB) — not a plain document` };
    return { ok: false, reason: `damaged or incomplete ${what}: its ZIP package is cut short or corrupt` };
  }
}

/** A part as text: UTF-8 (or UTF-16 with a byte-order mark), as XML parts are written. */
export function partText(bytes: Uint8Array | undefined): string | null {
  if (!bytes) return null;
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
