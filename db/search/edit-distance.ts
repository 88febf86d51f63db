// Whether two words are within a few edits of each other, counting an insertion, a deletion, a
// substitution or a swap of two neighbouring letters as one edit — the words lunr's fuzzy
// matching (TokenSet.fromFuzzyString) accepts, checked against it in tests.

/** Whether the optimal-string-alignment distance of `a` and `b` is at most `limit` (stops early once it cannot be). */
export function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  const n = b.length;
  let before = new Array<number>(n + 1).fill(0);
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] as number) + 1);
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > limit) return false;
    [before, previous, current] = [previous, current, before];
  }
  return (previous[n] as number) <= limit;
}
