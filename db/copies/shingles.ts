// The words a copy is judged by, and their five-word shingles hashed to 32 bits. Words are
// normalised (case, ё/е, apostrophes) and punctuation is not a word, so a relay that changes
// quotation marks, commas or capitals keeps every shingle. Each word is kept as two independent
// 32-bit hashes of its normalised letters (a 64-bit identity: two different words share both with
// odds of about 1 in 10^19) with its range in the body — no string per word, so reading a
// document's words costs a pass over its text and almost no garbage.
/** Words per shingle: five is short enough to survive light edits, long enough to be telling. */
export const SHINGLE_WORDS = 5;

export interface Words {
  count: number;
  /** The two hashes of each normalised word. */
  first: Int32Array;
  second: Int32Array;
  /** Each word's [start, end) in the body. */
  start: Int32Array;
  end: Int32Array;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc]);
/** Per UTF-16 unit of the Basic Multilingual Plane: 1 a letter, mark or digit, 2 anything else, 0 not yet known. */
const kinds = new Uint8Array(0x10000);
/** Per UTF-16 unit: the unit it is folded to (lower case, ё → е, ’ → '), plus one; 0 not yet known. */
const folds = new Uint32Array(0x10000);

/** Whether the UTF-16 unit at `i` belongs to a word (a letter, mark or digit; astral ones by code point). */
function isWordChar(text: string, code: number, i: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  if (code >= 0xd800 && code <= 0xdfff) {
    const point = text.codePointAt(code <= 0xdbff ? i : i - 1) ?? 0;
    return WORD_CHAR.test(String.fromCodePoint(point));
  }
  let kind = kinds[code] as number;
  if (kind === 0) kinds[code] = kind = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return kind === 1;
}

function fold(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code | 0x20;
  if (code < 0x80) return code;
  let folded = folds[code] as number;
  if (folded === 0) {
    const lower = String.fromCharCode(code).toLowerCase();
    let to = lower.length === 1 ? lower.charCodeAt(0) : code;
    if (to === 0x451) to = 0x435; // ё → е
    if (to === 0x2019 || to === 0x2bc) to = 0x27; // ’ ʼ → '
    folds[code] = folded = to + 1;
  }
  return folded - 1;
}

/** MurmurHash3's finaliser: spreads a hash's bits so the low ones are as good as the high ones. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

function grow(words: Words): void {
  for (const key of ['first', 'second', 'start', 'end'] as const) {
    const bigger = new Int32Array(words[key].length * 2);
    bigger.set(words[key]);
    words[key] = bigger;
  }
}

/** The words of `body` — runs of letters, marks and digits, joined by an apostrophe — hashed, with their ranges. */
export function wordsOf(body: string): Words {
  // Prose has about one word per six units of text; the arrays grow if a text has more.
  const room = Math.ceil(body.length / 5) + 16;
  const words: Words = { count: 0, first: new Int32Array(room), second: new Int32Array(room), start: new Int32Array(room), end: new Int32Array(room) };
  let i = 0;
  while (i < body.length) {
    if (!isWordChar(body, body.charCodeAt(i), i)) {
      i += 1;
      continue;
    }
    const start = i;
    // FNV-1a and a multiply-rotate hash, two independent views of the same folded letters.
    let first = 0x811c9dc5;
    let second = 0x9747b28c;
    for (;;) {
      for (let code = body.charCodeAt(i); i < body.length && isWordChar(body, code, i); code = body.charCodeAt(++i)) {
        const unit = fold(code);
        first = Math.imul(first ^ unit, 0x01000193);
        second = Math.imul(second ^ unit, 0x5bd1e995);
        second ^= second >>> 15;
      }
      // An apostrophe inside a word (don't, п'ять) keeps it whole.
      if (i + 1 < body.length && APOSTROPHES.has(body.charCodeAt(i)) && isWordChar(body, body.charCodeAt(i + 1), i + 1)) {
        first = Math.imul(first ^ 0x27, 0x01000193);
        second = Math.imul(second ^ 0x27, 0x5bd1e995);
        second ^= second >>> 15;
        i += 1;
      } else break;
    }
    if (words.count === words.first.length) grow(words);
    const n = words.count++;
    words.first[n] = mix32(first);
    words.second[n] = mix32(second);
    words.start[n] = start;
    words.end[n] = i;
  }
  return words;
}

/** Whether word `i` of `a` and word `j` of `b` are the same normalised word. */
export function sameWord(a: Words, i: number, b: Words, j: number): boolean {
  return i < a.count && j < b.count && a.first[i] === b.first[j] && a.second[i] === b.second[j];
}

/** The hash (signed 32-bit, so SQLite stores it in 4 bytes) of each shingle: entry i covers words [i, i + SHINGLE_WORDS). */
export function shingleHashes(words: Words): Int32Array {
  const count = Math.max(0, words.count - SHINGLE_WORDS + 1);
  const hashes = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    for (let w = i; w < i + SHINGLE_WORDS; w++) h = Math.imul(h ^ (words.first[w] as number), 0x01000193);
    hashes[i] = mix32(h);
  }
  return hashes;
}
