// The stored documents holding each of a detection run's fingerprints, as two typed arrays: the
// distinct hashes ascending, and after each the ids of the documents holding it. A map of one
// array per hash held about 10 million numbers in a 100,000-document workspace (a fingerprint of
// the bench corpus is held by about 40 documents there), and reading them as rows of two built
// as many small arrays again before a round began.
import { GrowableNumbers } from '../growable-numbers.js';
import { lowerBound } from './lower-bound.js';

export class StoredFingerprints {
  private readonly hashes: Int32Array;
  /** The holders of hashes[k] are ids[starts[k]] … ids[starts[k + 1] - 1]. */
  private readonly starts: Int32Array;
  private readonly ids: Int32Array;
  private static readonly none = new Int32Array(0);

  /** `rows`: [hash, document id], ascending by hash (a hash's rows together). */
  constructor(rows: Iterable<[number, number]>) {
    const hashes = new GrowableNumbers(new Int32Array(1024));
    const starts = new GrowableNumbers(new Int32Array(1024));
    const ids = new GrowableNumbers(new Int32Array(1024));
    let last: number | undefined;
    for (const [hash, id] of rows) {
      if (hash !== last) {
        if (last !== undefined && hash < last) throw new RangeError('fingerprint rows must come in ascending hash order');
        hashes.push(hash);
        starts.push(ids.length);
        last = hash;
      }
      ids.push(id);
    }
    starts.push(ids.length);
    this.hashes = hashes.trimmed();
    this.starts = starts.trimmed();
    this.ids = ids.trimmed();
  }

  /** The stored documents holding `hash`, in the order read (ascending id). */
  holders(hash: number): Int32Array {
    const at = lowerBound(this.hashes, hash);
    if (this.hashes[at] !== hash) return StoredFingerprints.none;
    return this.ids.subarray(this.starts[at], this.starts[at + 1]);
  }
}
