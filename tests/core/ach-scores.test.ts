// The ACH scores on matrices computed by hand: inconsistency and weighted inconsistency (PARC ACH's
// weights: relevance low 1/√2, medium 1, high √2; I counts 1, II counts 2), the passages' credibility
// weights from their Admiralty grades, ranks with ties, NA and an empty column, diagnosticity and
// the passages the ranking is sensitive to.
import { describe, expect, it } from 'vitest';
import type { Consistency, Relevance } from '../../api/ach.js';
import type { Credibility, Reliability } from '../../api/assessments.js';
import { credibilityWeight, diagnosticity, rank, scoreHypotheses, sensitivity, type Evidence } from '../../db/ach/ach-scores.js';

type CellSpec = [hypothesis: number, consistency: Consistency, relevance?: Relevance];

function evidence(id: string, cells: CellSpec[], reliability: Reliability | null = null, credibility: Credibility | null = null): Evidence {
  return { id, reliability, credibility, cells: new Map(cells.map(([h, consistency, relevance]) => [h, { consistency, relevance: relevance ?? 'medium' }])) };
}

describe('credibilityWeight', () => {
  it('is the geometric mean of the two grade factors, an ungraded axis counting as C / 3', () => {
    expect(credibilityWeight(null, null)).toBe(1);
    expect(credibilityWeight('C', 3)).toBe(1);
    expect(credibilityWeight('A', 1)).toBeCloseTo(Math.SQRT2, 12);
    expect(credibilityWeight('E', 5)).toBeCloseTo(Math.SQRT1_2, 12);
    expect(credibilityWeight('F', 6)).toBeCloseTo(0.5, 12);
    expect(credibilityWeight('B', null)).toBeCloseTo(2 ** (1 / 8), 12);
    expect(credibilityWeight('A', 6)).toBeCloseTo(Math.sqrt(Math.SQRT2 * 0.5), 12);
  });

  it('weighs an F or a 6 least of all grades', () => {
    const grades: Reliability[] = ['A', 'B', 'C', 'D', 'E'];
    for (const grade of grades) expect(credibilityWeight('F', null)).toBeLessThan(credibilityWeight(grade, null));
    for (const grade of [1, 2, 3, 4, 5] as Credibility[]) expect(credibilityWeight(null, 6)).toBeLessThan(credibilityWeight(null, grade));
  });
});

describe('scoreHypotheses and rank', () => {
  const H = [1, 2, 3];
  const matrix = [
    evidence('e1', [[1, 'I']]),
    evidence('e2', [[2, 'II', 'high']], 'A', 1),
    evidence('e3', [
      [1, 'C'],
      [2, 'C'],
      [3, 'C'],
    ]),
    evidence('e4', [
      [1, 'CC'],
      [3, 'NA'],
    ]),
  ];

  it('counts only inconsistent evidence, weighted by relevance and credibility', () => {
    const scores = scoreHypotheses(H, matrix);
    expect(scores.map((s) => s.inconsistency)).toEqual([1, 2, 0]);
    // e2: 2 (II) × √2 (high relevance) × √2 (A / 1) = 4
    expect(scores[1]?.weightedInconsistency).toBeCloseTo(4, 12);
    expect(scores[0]?.weightedInconsistency).toBe(1);
    expect(scores[2]?.weightedInconsistency).toBe(0);
    // NA is no rating: H3 has one (e3), H1 three.
    expect(scores.map((s) => s.rated)).toEqual([3, 2, 1]);
  });

  it('ranks the least inconsistent first', () => {
    const ranking = rank(scoreHypotheses(H, matrix));
    expect(ranking.order).toEqual([3, 1, 2]);
    expect([...ranking.rank]).toEqual([
      [3, 1],
      [1, 2],
      [2, 3],
    ]);
  });

  it('gives tied hypotheses one rank, keeps them in the analyst order, and skips the next rank', () => {
    const tied = [evidence('a', [[2, 'I']]), evidence('b', [[3, 'I']]), evidence('c', [[1, 'II']])];
    const ranking = rank(scoreHypotheses(H, tied));
    expect(ranking.order).toEqual([2, 3, 1]);
    expect(ranking.rank.get(2)).toBe(1);
    expect(ranking.rank.get(3)).toBe(1);
    expect(ranking.rank.get(1)).toBe(3);
  });

  it('breaks a tie in weighted score by the plain inconsistency score', () => {
    // H1: one I of low relevance from an E/5 source: 1 × 1/√2 × 1/√2 = 0.5. H2: one I, medium, ungraded: 1 — no tie.
    // H1 again with two such passages: 1.0 weighted, 2 plain; H2: 1.0 weighted, 1 plain → H2 first.
    const weak = (id: string): Evidence => evidence(id, [[1, 'I', 'low']], 'E', 5);
    const ranking = rank(scoreHypotheses([1, 2], [weak('w1'), weak('w2'), evidence('m', [[2, 'I']])]));
    expect(ranking.order).toEqual([2, 1]);
    expect(ranking.rank.get(1)).toBe(2);
  });

  it('scores an empty column 0 and says it has no ratings', () => {
    const scores = scoreHypotheses([1, 2], [evidence('a', [[1, 'C']])]);
    expect(scores[1]).toEqual({ id: 2, inconsistency: 0, weightedInconsistency: 0, rated: 0 });
  });

  it('answers an empty matrix with every hypothesis tied first', () => {
    const ranking = rank(scoreHypotheses([4, 5], []));
    expect(ranking.order).toEqual([4, 5]);
    expect([...ranking.rank.values()]).toEqual([1, 1]);
  });
});

describe('diagnosticity', () => {
  const H = [1, 2, 3];
  it('is none when a passage bears the same way on every hypothesis', () => {
    expect(
      diagnosticity(
        evidence('x', [
          [1, 'C'],
          [2, 'C'],
          [3, 'C'],
        ]),
        H,
      ),
    ).toBe('none');
  });

  it('grows with the spread of the ratings, NA left out', () => {
    expect(
      diagnosticity(
        evidence('x', [
          [1, 'C'],
          [2, 'N'],
        ]),
        H,
      ),
    ).toBe('low');
    expect(
      diagnosticity(
        evidence('x', [
          [1, 'C'],
          [2, 'I'],
          [3, 'NA'],
        ]),
        H,
      ),
    ).toBe('medium');
    expect(
      diagnosticity(
        evidence('x', [
          [1, 'CC'],
          [2, 'II'],
        ]),
        H,
      ),
    ).toBe('high');
  });

  it('cannot say with fewer than two ratings', () => {
    expect(
      diagnosticity(
        evidence('x', [
          [1, 'II'],
          [2, 'NA'],
        ]),
        H,
      ),
    ).toBeNull();
  });
});

describe('sensitivity', () => {
  it('names the passage whose removal would hand the lead to another hypothesis', () => {
    // H1: e1 I (weight 1) → 1. H2: e2 I, low relevance, F / 6 → 1 × 1/√2 × 0.5 ≈ 0.354. H2 leads.
    // Without e1, H1 scores 0 and leads; without e2, H2 scores 0 and still leads.
    const matrix = [evidence('e1', [[1, 'I']]), evidence('e2', [[2, 'I', 'low']], 'F', 6)];
    expect(rank(scoreHypotheses([1, 2], matrix)).order).toEqual([2, 1]);
    expect(sensitivity([1, 2], matrix)).toEqual([{ id: 'e1', ranking: [1, 2], leaders: [1], leaderChanges: true }]);
  });

  it('reports a change further down the ranking too, after the changes of leader', () => {
    // H1 0 (leads), H2 3 (a: II, b: I), H3 2 (c: II): H1, H3, H2.
    // Without a: H2 1 passes H3. Without b: H2 2 ties H3 (the tie keeps the analyst order). Without c: H3 0 ties H1 for the lead.
    const matrix = [evidence('a', [[2, 'II']]), evidence('b', [[2, 'I']]), evidence('c', [[3, 'II']])];
    expect(rank(scoreHypotheses([1, 2, 3], matrix)).order).toEqual([1, 3, 2]);
    expect(sensitivity([1, 2, 3], matrix)).toEqual([
      { id: 'c', ranking: [1, 3, 2], leaders: [1, 3], leaderChanges: true },
      { id: 'a', ranking: [1, 2, 3], leaders: [1], leaderChanges: false },
      { id: 'b', ranking: [1, 2, 3], leaders: [1], leaderChanges: false },
    ]);
  });

  it('ignores passages that bear against nothing', () => {
    expect(sensitivity([1, 2], [evidence('c', [[1, 'CC']])])).toEqual([]);
  });
});
