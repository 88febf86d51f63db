// The stored documents holding each fingerprint, as a detection run looks them up: rows streamed
// in ascending hash order (signed 32-bit hashes), each hash's holders in the order read.
import { describe, expect, it } from 'vitest';
import { StoredFingerprints } from '../../db/copies/stored-fingerprints.js';

describe('StoredFingerprints', () => {
  it("gives each hash's holders, and none for a hash not stored", () => {
    const rows: [number, number][] = [
      [-2_000_000_000, 4],
      [-2_000_000_000, 9],
      [-5, 1],
      [0, 2],
      [7, 2],
      [7, 3],
      [7, 11],
      [2_000_000_000, 5],
    ];
    const stored = new StoredFingerprints(rows);
    expect([...stored.holders(-2_000_000_000)]).toEqual([4, 9]);
    expect([...stored.holders(-5)]).toEqual([1]);
    expect([...stored.holders(0)]).toEqual([2]);
    expect([...stored.holders(7)]).toEqual([2, 3, 11]);
    expect([...stored.holders(2_000_000_000)]).toEqual([5]);
    for (const absent of [-2_000_000_001, -6, 1, 6, 8, 2_147_483_647]) expect(stored.holders(absent)).toHaveLength(0);
  });

  it('holds more rows than its first allocation, from a generator', () => {
    const stored = new StoredFingerprints(
      (function* () {
        for (let hash = 0; hash < 3000; hash++) for (let id = 1; id <= hash % 4; id++) yield [hash * 3, hash * 10 + id] as [number, number];
      })(),
    );
    expect([...stored.holders(2999 * 3)]).toEqual([29991, 29992, 29993]);
    expect(stored.holders(2000 * 3)).toHaveLength(0);
    expect(stored.holders(2999 * 3 + 1)).toHaveLength(0);
  });

  it('refuses rows out of hash order, which would hide holders', () => {
    expect(
      () =>
        new StoredFingerprints([
          [3, 1],
          [2, 1],
        ]),
    ).toThrow(RangeError);
  });

  it('is empty with no rows', () => {
    expect(new StoredFingerprints([]).holders(0)).toHaveLength(0);
  });
});
