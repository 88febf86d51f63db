// Confirms a candidate by exact overlap: the runs of identical (normalised) words two documents
// share, found from their shingles, are joined into passages across small edits (a changed,
// added or dropped word), and a passage is a copy when enough of its words sit in those runs.
// Pure: words in, word ranges out.
import { indexShingles, type ShingleIndex } from './fingerprint.js';
import { SHINGLE_WORDS, sameWord, type Words } from './shingles.js';

/** A copied passage has at least this many words in identical runs (about two sentences)… */
export const MIN_COPY_WORDS = 24;
/** …and at least this share of its words, on both sides. */
export const MIN_IDENTICAL_SHARE = 0.8;
/** Runs further apart than this many words are separate passages. */
const MAX_GAP = 6;
/** Places a shingle may recur in the other text before it stops being looked at (repeated boilerplate). */
const MAX_POSTINGS = 32;

/** A document as the tests and simple callers give it: its words and the hash of each shingle in order. */
export interface Side {
  words: Words;
  hashes: Int32Array;
}

/** A document with its shingles sorted by hash (see fingerprint.ts), and a table of them if it is compared again and again. */
export interface IndexedSide {
  words: Words;
  shingles: ShingleIndex;
  table?: ShingleTable;
}

/**
 * An open-addressing table from each distinct shingle hash of a document to its places in the
 * sorted index: the other document's shingles are looked up in it, one probe each, rather than
 * merged with it (a merge of random hashes mispredicts every other branch). Most shingles of the
 * other document are not in it, and a bitmap of its hashes' high bits turns those away first.
 */
export interface ShingleTable {
  /** One bit per value of a hash's top `32 - shift` bits, set for the hashes present. */
  bits: Int32Array;
  shift: number;
  mask: number;
  keys: Int32Array;
  /** Where the hash's places begin in the sorted index, plus one (0: an empty slot)… */
  from: Int32Array;
  /** …and where they end. */
  to: Int32Array;
}

/** The table of a document's shingles, for comparing it with many others. */
export function shingleTable(index: ShingleIndex): ShingleTable {
  let size = 16;
  let bits = 4;
  while (size < index.hashes.length * 2) {
    size *= 2;
    bits += 1;
  }
  // Eight bits a slot: about one shingle in sixteen that is absent gets past the bitmap.
  bits += 3;
  const table: ShingleTable = {
    bits: new Int32Array(2 ** (bits - 5)),
    shift: 32 - bits,
    mask: size - 1,
    keys: new Int32Array(size),
    from: new Int32Array(size),
    to: new Int32Array(size),
  };
  for (let k = 0; k < index.hashes.length;) {
    const hash = index.hashes[k] as number;
    let end = k + 1;
    while (end < index.hashes.length && index.hashes[end] === hash) end++;
    // The hashes are already mixed (shingles.ts), so their low bits make a good slot.
    let slot = hash & table.mask;
    while (table.from[slot] !== 0) slot = (slot + 1) & table.mask;
    const bit = hash >>> table.shift;
    table.bits[bit >>> 5] = (table.bits[bit >>> 5] as number) | (1 << (bit & 31));
    table.keys[slot] = hash;
    table.from[slot] = k + 1;
    table.to[slot] = end;
    k = end;
  }
  return table;
}

export interface MatchedPassage {
  /** [start, end) in words of each side. */
  a: [number, number];
  b: [number, number];
  /** Words of the passage inside identical runs (counted on side a). */
  identical: number;
}

interface Run {
  a: number;
  b: number;
  /** Words in the run. */
  length: number;
}

function sameShingle(a: Words, i: number, b: Words, j: number): boolean {
  for (let k = 0; k < SHINGLE_WORDS; k++) if (!sameWord(a, i + k, b, j + k)) return false;
  return true;
}

/**
 * Maximal runs of identical words, each at least one shingle long. Each distinct shingle of one
 * side is looked up in the other's table; a shingle recurring more than MAX_POSTINGS times in `b`
 * is followed at its first MAX_POSTINGS places only.
 */
function identicalRuns(a: IndexedSide, b: IndexedSide): Run[] {
  const tableOnA = a.table !== undefined || b.table === undefined;
  const table = (tableOnA ? a.table : b.table) ?? shingleTable(a.shingles);
  const { bits, shift, mask, keys, from, to } = table;
  const hashes = (tableOnA ? b : a).shingles.hashes;
  const atA = a.shingles.at;
  const atB = b.shingles.at;
  const runs: Run[] = [];
  for (let k = 0; k < hashes.length;) {
    const hash = hashes[k] as number;
    let end = k + 1;
    while (end < hashes.length && hashes[end] === hash) end++;
    const bit = hash >>> shift;
    let slot = hash & mask;
    if (((bits[bit >>> 5] as number) & (1 << (bit & 31))) !== 0) while (from[slot] !== 0 && keys[slot] !== hash) slot = (slot + 1) & mask;
    else slot = -1;
    if (slot >= 0 && from[slot] !== 0) {
      // This shingle's places in each side's sorted index.
      const aFrom = tableOnA ? (from[slot] as number) - 1 : k;
      const aTo = tableOnA ? (to[slot] as number) : end;
      const bFrom = tableOnA ? k : (from[slot] as number) - 1;
      const bTo = Math.min(tableOnA ? end : (to[slot] as number), bFrom + MAX_POSTINGS);
      for (let p = aFrom; p < aTo; p++) {
        const i = atA[p] as number;
        for (let q = bFrom; q < bTo; q++) {
          const j = atB[q] as number;
          // Part of a run that began one word earlier on both sides (checked first: one word, not five).
          if (i > 0 && j > 0 && sameWord(a.words, i - 1, b.words, j - 1)) continue;
          if (!sameShingle(a.words, i, b.words, j)) continue;
          let length = SHINGLE_WORDS;
          while (sameWord(a.words, i + length, b.words, j + length)) length++;
          runs.push({ a: i, b: j, length });
        }
      }
    }
    k = end;
  }
  return runs.sort((r, s) => r.a - s.a || r.b - s.b);
}

/** The passages of `a` and `b` made of identical runs with small edits between them. */
export function matchPassages(a: Side, b: Side): MatchedPassage[] {
  return matchIndexed({ words: a.words, shingles: indexShingles(a.hashes) }, { words: b.words, shingles: indexShingles(b.hashes) });
}

/** matchPassages for documents whose shingles are already sorted (fingerprintDocument). */
export function matchIndexed(a: IndexedSide, b: IndexedSide): MatchedPassage[] {
  const open: MatchedPassage[] = [];
  for (const run of identicalRuns(a, b)) {
    const runEnd = run.a + run.length;
    const joined = open.find((p) => {
      const gapA = run.a - p.a[1];
      const gapB = run.b - p.b[1];
      return gapA >= -SHINGLE_WORDS && gapA <= MAX_GAP && gapB >= -SHINGLE_WORDS && gapB <= MAX_GAP && run.a > p.a[0] && run.b > p.b[0];
    });
    if (joined) {
      joined.identical += Math.max(0, runEnd - Math.max(run.a, joined.a[1]));
      joined.a[1] = Math.max(joined.a[1], runEnd);
      joined.b[1] = Math.max(joined.b[1], run.b + run.length);
    } else {
      open.push({ a: [run.a, runEnd], b: [run.b, run.b + run.length], identical: run.length });
    }
  }
  return open.filter(
    (p) => p.identical >= MIN_COPY_WORDS && p.identical >= MIN_IDENTICAL_SHARE * (p.a[1] - p.a[0]) && p.identical >= MIN_IDENTICAL_SHARE * (p.b[1] - p.b[0]),
  );
}
