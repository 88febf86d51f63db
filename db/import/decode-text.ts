// Turns file bytes into a string: byte-order mark (or UTF-16 recognised without one), then strict
// UTF-8, then the declared charset, then the most plausible legacy code page. Refuses rather than
// guessing into mojibake, refuses a file that is part UTF-8 and part a legacy code page, and reads
// the few UTF-8 words pasted into a legacy file as UTF-8 (utf8-islands.ts).
import iconv from 'iconv-lite';
import { binaryReason, hasTooManyControls } from './sniff-binary.js';
import { mixedEncodingReason } from './mixed-utf8.js';
import { scoreDecoding } from './score-decoding.js';
import { sniffUtf16 } from './sniff-utf16.js';
import { decodeAroundIslands, findUtf8Islands } from './utf8-islands.js';
import { WHAT_ASSAY_IMPORTS } from './supported-formats.js';

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

// Tried in this order; on equal scores the earlier wins (KOI8-R before KOI8-U for Russian).
const LEGACY_ENCODINGS = ['windows-1251', 'koi8-r', 'koi8-u', 'ibm866', 'iso-8859-5', 'windows-1252'] as const;
const DISPLAY_NAMES = 'UTF-8, windows-1251, KOI8-R, KOI8-U, IBM866, ISO-8859-5, windows-1252';
// Below this, too many characters of the best decoding sit in implausible words.
const MIN_PLAUSIBILITY = 0.7;
const SAMPLE_BYTES = 64 * 1024;

// UTF-8 and UTF-16 go through a fatal TextDecoder so invalid input is caught, not replaced.
function decodeStrict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

// Single-byte and other code pages go through iconv-lite: Node 20's TextDecoder decodes
// windows-1252 as ISO-8859-1, turning curly quotes and dashes into control characters.
function decodeLegacy(encoding: string, bytes: Uint8Array): string | null {
  try {
    if (iconv.encodingExists(encoding)) return iconv.decode(bytes, encoding, { stripBOM: false });
    return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function controlsReason(): string {
  return `binary file (contains control characters) — ${WHAT_ASSAY_IMPORTS}`;
}

function accept(text: string, encoding: string): DecodeResult {
  return hasTooManyControls(text) ? { ok: false, reason: controlsReason() } : { ok: true, text, encoding };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number): DecodeResult {
  const text = decodeStrict(encoding, bytes.subarray(skip));
  if (text === null) return { ok: false, reason: `not valid ${encoding.toUpperCase()} text (broken surrogate pairs)` };
  return accept(text, encoding);
}

function canonicalEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** The legacy code page that reads `sample` most plausibly, with its score; null if none yields text. */
function bestLegacy(sample: Uint8Array): { encoding: string; score: number } | null {
  let best: { encoding: string; score: number } | null = null;
  for (const encoding of LEGACY_ENCODINGS) {
    const text = decodeLegacy(encoding, sample);
    if (text === null || hasTooManyControls(text)) continue;
    const { score, cyrillicLetters } = scoreDecoding(text);
    // A Cyrillic code page that yields no Cyrillic letters only matched shared punctuation.
    if (encoding !== 'windows-1252' && cyrillicLetters === 0) continue;
    if (!best || score > best.score) best = { encoding, score };
  }
  return best;
}

const MIXED_ADVICE = 'save it in one encoding (UTF-8) and import it again';

/**
 * Decodes a file in a single-byte code page, except the few UTF-8 words pasted into it, which are
 * read as UTF-8 (see utf8-islands.ts); the encoding then says both, e.g. "windows-1252 + utf-8".
 */
function decodeLegacyFile(encoding: string, bytes: Uint8Array): DecodeResult {
  const read = (part: Uint8Array): string => decodeLegacy(encoding, part) ?? '';
  const islands = findUtf8Islands(bytes, read);
  if (islands === null) return { ok: false, reason: `mixed text encodings: parts of it read as UTF-8 and others as ${encoding} — ${MIXED_ADVICE}` };
  if (islands.length > 0) return accept(decodeAroundIslands(bytes, islands, read), `${encoding} + utf-8`);
  const text = decodeLegacy(encoding, bytes);
  return text === null ? { ok: false, reason: `cannot decode as ${encoding}` } : accept(text, encoding);
}

function pickLegacy(bytes: Uint8Array): DecodeResult {
  const best = bestLegacy(bytes.subarray(0, SAMPLE_BYTES));
  if (!best || best.score < MIN_PLAUSIBILITY) {
    return { ok: false, reason: `not valid text in any known encoding (tried ${DISPLAY_NAMES})` };
  }
  return decodeLegacyFile(best.encoding, bytes);
}

/** What the part of a mixed file that is not UTF-8 reads as, for the reason given. */
function legacyName(part: Uint8Array, declared: string | null): string {
  if (declared !== null && declared !== 'utf-8') return declared;
  const best = bestLegacy(part.subarray(0, SAMPLE_BYTES));
  return best && best.score >= MIN_PLAUSIBILITY ? best.encoding : 'a legacy code page';
}

/**
 * Decodes file bytes. `declared` is a charset the format itself names (an HTML <meta charset>);
 * it is honoured unless the bytes are valid UTF-8, which a legacy page almost never is by chance.
 */
export function decodeText(bytes: Uint8Array, declared?: string | null): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be', 2);
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const utf16 = sniffUtf16(withoutBom);
  if (utf16) return decodeUtf16(withoutBom, utf16, 0);

  const binary = binaryReason(withoutBom);
  if (binary) return { ok: false, reason: binary };

  const utf8 = decodeStrict('utf-8', withoutBom);
  if (utf8 !== null) return accept(utf8, 'utf-8');

  const declaredEncoding = declared ? canonicalEncoding(declared) : null;
  // The scorer knows Cyrillic and Western text; a declared CJK or Greek charset is taken on trust
  // (its double-byte text could pass for a UTF-8 run now and then).
  const judgeable = declaredEncoding !== null && (LEGACY_ENCODINGS as readonly string[]).includes(declaredEncoding);
  if (judgeable || declaredEncoding === null || declaredEncoding === 'utf-8') {
    const mixed = mixedEncodingReason(withoutBom, (part) => legacyName(part, declaredEncoding));
    if (mixed) return { ok: false, reason: mixed };
  }
  if (declaredEncoding && declaredEncoding !== 'utf-8' && !declaredEncoding.startsWith('utf-16')) {
    const text = decodeLegacy(declaredEncoding, withoutBom);
    if (text !== null && !hasTooManyControls(text)) {
      if (!judgeable) return { ok: true, text, encoding: declaredEncoding };
      if (scoreDecoding(text.slice(0, SAMPLE_BYTES)).score >= MIN_PLAUSIBILITY) return decodeLegacyFile(declaredEncoding, withoutBom);
    }
  }
  return pickLegacy(withoutBom);
}
