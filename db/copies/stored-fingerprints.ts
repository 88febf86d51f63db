// The stored documents holding each of a detection run's fingerprints, as two typed arrays: the
// distinct hashes ascending, and after each the ids of the documents holding it. A map of one
// array per hash held about 10 million numbers in a 100,000-document workspace (a fingerprint of
// the bench corpus is held by about 40 documents there), and reading them as rows of two built
// as many small arrays again before a round began.

/** Grows by doubling; `values.subarray(0, length)` is what was pushed. */
class IntList {
  values = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

export class StoredFingerprints {
  private readonly hashes: Int32Array;
  /** The holders of hashes[k] are ids[starts[k]] … ids[starts[k + 1] - 1]. */
  private readonly starts: Int32Array;
  private readonly ids: Int32Array;
  private static readonly none = new Int32Array(0);

  /** `rows`: [hash, document id], ascending by hash (a hash's rows together). */
  constructor(rows: Iterable<[number, number]>) {
    const hashes = new IntList();
    const starts = new IntList();
    const ids = new IntList();
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
    this.hashes = hashes.values.slice(0, hashes.length);
    this.starts = starts.values.slice(0, starts.length);
    this.ids = ids.values.slice(0, ids.length);
  }

  /** The stored documents holding `hash`, in the order read (ascending id). */
  holders(hash: number): Int32Array {
    let low = 0;
    let high = this.hashes.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.hashes[mid] as number) < hash) low = mid + 1;
      else high = mid;
    }
    if (this.hashes[low] !== hash) return StoredFingerprints.none;
    return this.ids.subarray(this.starts[low], this.starts[low + 1]);
  }
}
