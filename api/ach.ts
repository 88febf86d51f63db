// The vocabulary of Analysis of Competing Hypotheses (Heuer; the PARC ACH tool): how a passage bears
// on a hypothesis, how relevant it is, and the weights the scores use. Pure data, so every door
// (CLI, web host, desktop UI) validates, labels and explains them the same way. The formulas that
// use the weights are in db/ach/ach-scores.ts and the README.

/** Consistency of a passage with a hypothesis, from very consistent to very inconsistent, or not applicable. */
export const CONSISTENCY = ['CC', 'C', 'N', 'I', 'II', 'NA'] as const;
export type Consistency = (typeof CONSISTENCY)[number];

export const CONSISTENCY_LABELS: Record<Consistency, string> = {
  CC: 'Very consistent',
  C: 'Consistent',
  N: 'Neutral',
  I: 'Inconsistent',
  II: 'Very inconsistent',
  NA: 'Not applicable',
};

export const RELEVANCE = ['low', 'medium', 'high'] as const;
export type Relevance = (typeof RELEVANCE)[number];

export const RELEVANCE_LABELS: Record<Relevance, string> = { low: 'Low relevance', medium: 'Medium relevance', high: 'High relevance' };

/** What a rating adds to a hypothesis's inconsistency score (PARC ACH: consistent evidence proves nothing). */
export const INCONSISTENCY: Record<Consistency, number> = { CC: 0, C: 0, N: 0, I: 1, II: 2, NA: 0 };

/** Where a rating sits on one scale, for diagnosticity (how differently a passage bears on the hypotheses). NA has no place. */
export const CONSISTENCY_SCALE: Record<Exclude<Consistency, 'NA'>, number> = { CC: 2, C: 1, N: 0, I: -1, II: -2 };

/** PARC ACH's relevance weights: low 1/√2, medium 1, high √2. */
export const RELEVANCE_WEIGHT: Record<Relevance, number> = { low: Math.SQRT1_2, medium: 1, high: Math.SQRT2 };

/**
 * Each Admiralty grade's factor in a passage's credibility weight, on PARC ACH's scale (√2 … 1/√2 around
 * 1): A/1 √2, B/2 2^¼, C/3 1, D/4 2^-¼, E/5 1/√2, and F/6 ("cannot be judged") ½, the least. The weight
 * is the geometric mean of the two factors; an ungraded axis counts as C/3.
 */
export const GRADE_FACTOR: readonly number[] = [Math.SQRT2, 2 ** 0.25, 1, 2 ** -0.25, Math.SQRT1_2, 0.5];

export function isConsistency(value: unknown): value is Consistency {
  return typeof value === 'string' && (CONSISTENCY as readonly string[]).includes(value);
}

export function isRelevance(value: unknown): value is Relevance {
  return typeof value === 'string' && (RELEVANCE as readonly string[]).includes(value);
}
