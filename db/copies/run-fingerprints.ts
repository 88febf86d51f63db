// The fingerprints of all the documents one detection run examines, in one table sorted by hash
// and then by the order they are examined in: a document finds those examined before it that share
// a fingerprint by one binary search per fingerprint — no map entry or array per fingerprint, which
// cost more than the rest of a look-up at tens of thousands of documents.
import { lowerBound } from './lower-bound.js';

/** Documents one run may hold: an entry's place in the run sorts with its hash as one double. */
export const MAX_RUN = 2 ** 21;

export class RunFingerprints {
  /** Ascending. */
  readonly hashes: Int32Array;
  /** The place in the run of the document holding each entry, ascending among equal hashes. */
  readonly places: Int32Array;

  constructor(documents: readonly { fingerprints: Int32Array }[]) {
    if (documents.length > MAX_RUN) throw new RangeError(`at most ${MAX_RUN} documents are examined in one run`);
    const keys = new Float64Array(documents.reduce((sum, doc) => sum + doc.fingerprints.length, 0));
    let n = 0;
    for (const [place, doc] of documents.entries()) for (const hash of doc.fingerprints) keys[n++] = hash * MAX_RUN + place;
    keys.sort();
    this.hashes = new Int32Array(keys.length);
    this.places = new Int32Array(keys.length);
    for (let k = 0; k < keys.length; k++) {
      const hash = Math.floor((keys[k] as number) / MAX_RUN);
      this.hashes[k] = hash;
      this.places[k] = (keys[k] as number) - hash * MAX_RUN;
    }
  }

  /** Each fingerprint once, ascending. */
  distinct(): number[] {
    const out: number[] = [];
    for (let k = 0; k < this.hashes.length; k++) if (k === 0 || this.hashes[k] !== this.hashes[k - 1]) out.push(this.hashes[k] as number);
    return out;
  }

  /** Where the entries of `hash` begin (where it would be if it had none). */
  first(hash: number): number {
    return lowerBound(this.hashes, hash);
  }
}
