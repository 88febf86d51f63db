// What copy detection needs of one document, computed from its body alone: its words, its shingles
// sorted by hash (so two documents' shared shingles are found by one merge) and its winnowed
// fingerprints. Pure and made of typed arrays, so the import's workers compute it and post it to
// the main thread for little more than a copy of the bytes, and it is cheap to keep (print-cache.ts).
import { shingleHashes, wordsOf, type Words } from './shingles.js';
import { winnow } from './winnow.js';

/**
 * Characters of a document read for copies: a relayed report is short, and a book-length text
 * (up to 50 MB may be imported) would cost hundreds of megabytes of word tables to compare.
 */
export const MAX_TEXT = 1_000_000;

/** A document's shingles in hash order: `hashes[k]` is the hash of the shingle starting at word `at[k]`. */
export interface ShingleIndex {
  hashes: Int32Array;
  /** Ascending among equal hashes. */
  at: Int32Array;
}

export interface DocumentPrint {
  words: Words;
  shingles: ShingleIndex;
  /** The distinct winnowed fingerprints, what is stored and looked up. */
  fingerprints: Int32Array;
}

/** Positions fit in 20 bits (MAX_TEXT characters hold fewer than 2^19 words), so a hash and its position sort as one double. */
const POSITION_SPAN = 2 ** 20;

/** The shingles of `hashes` (one per word position) sorted by hash, then position. */
export function indexShingles(hashes: Int32Array): ShingleIndex {
  const keys = new Float64Array(hashes.length);
  for (let i = 0; i < hashes.length; i++) keys[i] = (hashes[i] as number) * POSITION_SPAN + i;
  keys.sort();
  const sorted = new Int32Array(hashes.length);
  const at = new Int32Array(hashes.length);
  for (let k = 0; k < keys.length; k++) {
    const hash = Math.floor((keys[k] as number) / POSITION_SPAN);
    sorted[k] = hash;
    at[k] = (keys[k] as number) - hash * POSITION_SPAN;
  }
  return { hashes: sorted, at };
}

/** The word tables cut to their length, so that a kept or posted print holds no spare room. */
function trimmed(words: Words): Words {
  const n = words.count;
  return { count: n, first: words.first.slice(0, n), second: words.second.slice(0, n), start: words.start.slice(0, n), end: words.end.slice(0, n) };
}

/** Everything copy detection needs of a document's body (its first MAX_TEXT characters). */
export function fingerprintDocument(body: string): DocumentPrint {
  const words = trimmed(wordsOf(body.length > MAX_TEXT ? body.slice(0, MAX_TEXT) : body));
  const hashes = shingleHashes(words);
  return { words, shingles: indexShingles(hashes), fingerprints: Int32Array.from(winnow(hashes)) };
}

/** The buffers behind a print, each its own, to hand to another thread without copying them. */
export function printBuffers(print: DocumentPrint): ArrayBuffer[] {
  const { words, shingles } = print;
  return [words.first, words.second, words.start, words.end, shingles.hashes, shingles.at, print.fingerprints].map((array) => array.buffer as ArrayBuffer);
}
