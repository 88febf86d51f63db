// Winnowing (Schleimer, Wilkerson and Aiken, "Winnowing: local algorithms for document
// fingerprinting", SIGMOD 2003 — the method behind MOSS): of every WINDOW consecutive shingle
// hashes the smallest is kept (the rightmost on a tie), so about 2 / (WINDOW + 1) of them are.
// Two texts sharing a run of WINDOW + SHINGLE_WORDS − 1 identical words are guaranteed to share a
// fingerprint, wherever the run sits in either: detection works on passages, not on whole documents.
import { SHINGLE_WORDS } from './shingles.js';

/** Shingles per window. 20 keeps ≈ 1 shingle in 10 and guarantees a match for any shared run of 24 words. */
export const WINDOW = 20;

/** The longest shared run of words that is sure to be found. */
export const GUARANTEED_RUN = WINDOW + SHINGLE_WORDS - 1;

/** The distinct fingerprints of a document (a text shorter than one window keeps its smallest hash). */
export function winnow(hashes: Int32Array, window = WINDOW): number[] {
  const kept = new Set<number>();
  if (hashes.length === 0) return [];
  const last = Math.max(0, hashes.length - window);
  let chosen = -1;
  for (let start = 0; start <= last; start++) {
    const end = Math.min(hashes.length, start + window);
    if (chosen < start) {
      // The previous minimum left the window: scan the whole window again.
      chosen = start;
      for (let i = start + 1; i < end; i++) if ((hashes[i] as number) <= (hashes[chosen] as number)) chosen = i;
    } else if ((hashes[end - 1] as number) <= (hashes[chosen] as number)) {
      chosen = end - 1;
    }
    kept.add(hashes[chosen] as number);
  }
  return [...kept];
}
