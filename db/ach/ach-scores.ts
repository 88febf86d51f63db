// The scores of Analysis of Competing Hypotheses, as PARC ACH defines them and the README sets out:
// per hypothesis the inconsistency score and the weighted inconsistency score (inconsistent evidence
// counts against a hypothesis; consistent evidence proves nothing), the ranking they give, each
// passage's diagnosticity, and the sensitivity of the ranking to any one passage. Pure.
import { CONSISTENCY_SCALE, GRADE_FACTOR, INCONSISTENCY, RELEVANCE_WEIGHT, type Consistency, type Relevance } from '../../api/ach.js';
import { CREDIBILITY, RELIABILITY, type Credibility, type Reliability } from '../../api/assessments.js';

export interface Cell {
  consistency: Consistency;
  relevance: Relevance;
}

export interface Evidence {
  id: string;
  reliability: Reliability | null;
  credibility: Credibility | null;
  /** Keyed by hypothesis id. */
  cells: ReadonlyMap<number, Cell>;
}

export interface HypothesisScore {
  id: number;
  inconsistency: number;
  weightedInconsistency: number;
  /** Ratings other than NA. */
  rated: number;
}

export type Diagnosticity = 'none' | 'low' | 'medium' | 'high';

/** Scores closer than this are equal: weights are irrational, sums of them are not exact. */
const EPSILON = 1e-9;

/** A passage's credibility weight: the geometric mean of its reliability and credibility factors (GRADE_FACTOR). */
export function credibilityWeight(reliability: Reliability | null, credibility: Credibility | null): number {
  const r = reliability === null ? 1 : (GRADE_FACTOR[RELIABILITY.indexOf(reliability)] ?? 1);
  const c = credibility === null ? 1 : (GRADE_FACTOR[CREDIBILITY.indexOf(credibility)] ?? 1);
  return Math.sqrt(r * c);
}

export function scoreHypotheses(hypotheses: readonly number[], evidence: readonly Evidence[]): HypothesisScore[] {
  return hypotheses.map((id) => {
    let inconsistency = 0;
    let weightedInconsistency = 0;
    let rated = 0;
    for (const item of evidence) {
      const cell = item.cells.get(id);
      if (!cell || cell.consistency === 'NA') continue;
      rated += 1;
      const points = INCONSISTENCY[cell.consistency];
      inconsistency += points;
      weightedInconsistency += points * RELEVANCE_WEIGHT[cell.relevance] * credibilityWeight(item.reliability, item.credibility);
    }
    return { id, inconsistency, weightedInconsistency, rated };
  });
}

function compare(a: HypothesisScore, b: HypothesisScore): number {
  const weighted = a.weightedInconsistency - b.weightedInconsistency;
  if (Math.abs(weighted) > EPSILON) return weighted;
  return a.inconsistency - b.inconsistency;
}

export interface Ranking {
  /** Hypothesis ids, least inconsistent first; ties keep the analyst's order. */
  order: number[];
  /** 1-based competition ranks (1, 1, 3): tied hypotheses share one. */
  rank: Map<number, number>;
}

/** Orders hypotheses by weighted inconsistency, then by inconsistency; `scores` come in the analyst's order. */
export function rank(scores: readonly HypothesisScore[]): Ranking {
  const sorted = scores.map((score, index) => ({ score, index })).sort((a, b) => compare(a.score, b.score) || a.index - b.index);
  const ranks = new Map<number, number>();
  sorted.forEach(({ score }, index) => {
    const previous = sorted[index - 1];
    ranks.set(score.id, previous && compare(previous.score, score) === 0 ? (ranks.get(previous.score.id) ?? index + 1) : index + 1);
  });
  return { order: sorted.map(({ score }) => score.id), rank: ranks };
}

/**
 * How differently a passage bears on the hypotheses: the spread of its ratings on the scale CC +2 … II −2
 * (NA left out). 0 is "none" — the same rating everywhere, no help in choosing — 1 low, 2 medium, 3–4
 * high. Null when fewer than two hypotheses have a rating.
 */
export function diagnosticity(item: Evidence, hypotheses: readonly number[]): Diagnosticity | null {
  const values: number[] = [];
  for (const id of hypotheses) {
    const cell = item.cells.get(id);
    if (cell && cell.consistency !== 'NA') values.push(CONSISTENCY_SCALE[cell.consistency]);
  }
  if (values.length < 2) return null;
  const spread = Math.max(...values) - Math.min(...values);
  return spread === 0 ? 'none' : spread === 1 ? 'low' : spread === 2 ? 'medium' : 'high';
}

function sameRanks(a: Ranking, b: Ranking): boolean {
  return [...a.rank].every(([id, place]) => b.rank.get(id) === place);
}

/** The ids ranked first (several when tied). */
function leaders(ranking: Ranking): Set<number> {
  return new Set([...ranking.rank].filter(([, place]) => place === 1).map(([id]) => id));
}

export interface Sensitivity {
  id: string;
  ranking: number[];
  /** The hypotheses ranked first without the passage (several when they tie). */
  leaders: number[];
  leaderChanges: boolean;
}

/**
 * The passages whose removal — or disproof, which in ACH amounts to the same — would change any
 * hypothesis's rank; only passages rated inconsistent with something can. Most consequential first
 * (those that change the leader), then in evidence order.
 */
export function sensitivity(hypotheses: readonly number[], evidence: readonly Evidence[]): Sensitivity[] {
  const base = rank(scoreHypotheses(hypotheses, evidence));
  const baseLeaders = leaders(base);
  const out: Sensitivity[] = [];
  evidence.forEach((item, index) => {
    const bearsAgainst = [...item.cells.values()].some((cell) => INCONSISTENCY[cell.consistency] > 0);
    if (!bearsAgainst) return;
    const without = rank(scoreHypotheses(hypotheses, [...evidence.slice(0, index), ...evidence.slice(index + 1)]));
    if (sameRanks(base, without)) return;
    const newLeaders = leaders(without);
    const leaderChanges = newLeaders.size !== baseLeaders.size || [...newLeaders].some((id) => !baseLeaders.has(id));
    out.push({ id: item.id, ranking: without.order, leaders: without.order.filter((id) => newLeaders.has(id)), leaderChanges });
  });
  return out.sort((a, b) => Number(b.leaderChanges) - Number(a.leaderChanges));
}
