// Finds the few UTF-8 words pasted into a file written in a legacy code page ("café" typed into a
// windows-1252 letter, "Привет" into a windows-1251 one). Too short for mixed-utf8.ts's run test,
// they would otherwise be stored as mojibake ("cafÃ©", "РџСЂРёРІРµС‚"). A word counts as UTF-8 only
// when every byte of it is well-formed UTF-8, its UTF-8 reading is a plausible word and its legacy
// reading is not: legacy text forms a well-formed sequence now and then, but almost never a whole
// word that reads well as UTF-8 and badly in its own code page. One linear pass.
import { readsPlausibly } from './score-decoding.js';

/** A word's bytes, [start, end), to be read as UTF-8. */
export interface Island {
  start: number;
  end: number;
}

/** UTF-8 words split out at most: a file with more is not a legacy file with a few pastes in it. */
export const MAX_ISLANDS = 1_000;

const utf8 = new TextDecoder('utf-8', { fatal: true });

// Letters, digits and every byte of the upper half: a word as both readings see it.
function isWordByte(byte: number): boolean {
  return byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);
}

function readUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

// The second byte's range for each lead byte (RFC 3629 table): no overlong forms, no surrogates.
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

// Characters a pasted word can be made of: Latin (accented), Cyrillic, combining accents, and the
// punctuation, currency and letterlike signs (№, ™) of real text. Any other character cannot
// read plausibly (score-decoding.ts), so a word holding one is passed over without decoding it.
function wordCharacter(codePoint: number): boolean {
  return (
    (codePoint >= 0xa0 && codePoint <= 0x24f) ||
    (codePoint >= 0x300 && codePoint <= 0x36f) ||
    (codePoint >= 0x400 && codePoint <= 0x52f) ||
    (codePoint >= 0x1e00 && codePoint <= 0x1eff) ||
    (codePoint >= 0x2000 && codePoint <= 0x214f)
  );
}

/**
 * Whether bytes[start, end) are well-formed UTF-8 holding at least one multi-byte sequence, each
 * a word character. Checked byte by byte before any decoding: most words of a legacy file fail
 * here, and decoding and scoring each would cost seconds for a file of millions of words.
 */
function mayBeUtf8Word(bytes: Uint8Array, start: number, end: number): boolean {
  let multiByte = false;
  for (let i = start; i < end;) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const trail = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    if (trail === 0 || i + trail >= end) return false;
    const [low, high] = secondByteRange(lead);
    const second = bytes[i + 1] as number;
    if (second < low || second > high) return false;
    let codePoint = lead & (0xff >> (trail + 2));
    for (let k = 1; k <= trail; k++) {
      const next = bytes[i + k] as number;
      if (next < 0x80 || next > 0xbf) return false;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (!wordCharacter(codePoint)) return false;
    multiByte = true;
    i += trail + 1;
  }
  return multiByte;
}

// What UTF-8 read in a code page looks like: an upper-half letter glued to an upper-half symbol
// ("Ã©", "â€”", "Â " for a no-break space), which the scorer alone lets pass as a short word.
const MOJIBAKE_PAIR = /[\u0080-\uFFFF](?<=\p{L})[\u0080-\uFFFF](?<!\p{L})/u;

/** Short words' verdicts are remembered (a file repeats its words), up to this many. */
const MAX_VERDICTS = 65_536;
const MAX_REMEMBERED_WORD = 64;

/** A word that reads well as UTF-8 and badly in the code page. */
function isPasted(word: Uint8Array, readLegacy: (part: Uint8Array) => string, verdicts: Map<string, boolean>): boolean {
  const key = word.length <= MAX_REMEMBERED_WORD ? Buffer.from(word.buffer, word.byteOffset, word.length).toString('latin1') : null;
  const known = key === null ? undefined : verdicts.get(key);
  if (known !== undefined) return known;
  const asUtf8 = readUtf8(word);
  const asLegacy = asUtf8 !== null && readsPlausibly(asUtf8) ? readLegacy(word) : null;
  const pasted = asLegacy !== null && (!readsPlausibly(asLegacy) || MOJIBAKE_PAIR.test(asLegacy));
  if (key !== null && verdicts.size < MAX_VERDICTS) verdicts.set(key, pasted);
  return pasted;
}

/**
 * The words of `bytes` (a file that is not UTF-8 as a whole) that are UTF-8 pasted in, in order;
 * null when there are more than MAX_ISLANDS. `readLegacy` decodes bytes in the file's code page.
 */
export function findUtf8Islands(bytes: Uint8Array, readLegacy: (part: Uint8Array) => string): Island[] | null {
  const islands: Island[] = [];
  const verdicts = new Map<string, boolean>();
  let i = 0;
  while (i < bytes.length) {
    if (!isWordByte(bytes[i] as number)) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < bytes.length && isWordByte(bytes[i] as number)) i += 1;
    if (!mayBeUtf8Word(bytes, start, i)) continue;
    if (!isPasted(bytes.subarray(start, i), readLegacy, verdicts)) continue;
    if (islands.length === MAX_ISLANDS) return null;
    islands.push({ start, end: i });
  }
  return islands;
}

/** Decodes `bytes` in the code page, except the islands, which are read as UTF-8. */
export function decodeAroundIslands(bytes: Uint8Array, islands: readonly Island[], readLegacy: (part: Uint8Array) => string): string {
  const parts: string[] = [];
  let at = 0;
  for (const island of islands) {
    parts.push(readLegacy(bytes.subarray(at, island.start)), readUtf8(bytes.subarray(island.start, island.end)) ?? '');
    at = island.end;
  }
  parts.push(readLegacy(bytes.subarray(at)));
  return parts.join('');
}
