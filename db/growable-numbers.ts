// A typed array that grows by doubling as numbers are pushed: no boxed number per entry, and
// `values.subarray(0, length)` is what was pushed.

type IntArray = Int32Array | Uint32Array;

export class GrowableNumbers<T extends IntArray> {
  length = 0;

  /** `values`: the first allocation, of the element type wanted (signed or unsigned). */
  constructor(public values: T) {}

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new (this.values.constructor as new (length: number) => T)(Math.max(16, this.values.length * 2));
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  /** What was pushed, in an array of its own, cut to its length. */
  trimmed(): T {
    return this.values.slice(0, this.length) as T;
  }
}
