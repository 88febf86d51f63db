// The ACH matrix as the analyst reads it: the question, the hypotheses in their order with their
// scores and ranks, one row per rated passage (its quote, document, page and grades, its ratings,
// diagnosticity, and how many documents and independent sources report it), the passages the
// ranking is sensitive to, and the ranking again without passages from sources graded E or F. Scores use this workspace's analyst's ratings (ach-scores.ts); other
// analysts' (imported) ratings are shown beside them, with the hypotheses where they disagree.
import type { Consistency, Relevance } from '../../api/ach.js';
import type { Credibility, Reliability } from '../../api/assessments.js';
import type { Ach, AchRow } from '../../api/types.js';
import { pagesCited } from '../document-structure.js';
import { getPageStarts } from '../documents.js';
import type { Db } from '../open-workspace.js';
import { claimReach } from './claim-links.js';
import { credibilityWeight, diagnosticity, rank, scoreHypotheses, sensitivity, type Cell, type Evidence } from './ach-scores.js';
import { getQuestion, listHypotheses } from './hypotheses.js';

interface PassageRow {
  id: string;
  document_id: number;
  start: number;
  end: number;
  exact: string;
  reliability: Reliability | null;
  credibility: Credibility | null;
  title: string;
  source: string | null;
  date: string | null;
}

interface CellRow {
  annotation_id: string;
  hypothesis_id: number;
  /** '' for this workspace's analyst. */
  rater: string;
  consistency: Consistency;
  relevance: Relevance;
  reason: string;
}

/** Reliability grades whose passages the second ranking leaves out. */
const WEAK_SOURCES: ReadonlySet<Reliability> = new Set(['E', 'F']);

/** Other analysts' ratings of a passage by hypothesis, and the hypotheses where one differs from this analyst's. */
function othersView(own: readonly CellRow[], others: readonly CellRow[]): Pick<AchRow, 'others' | 'disagreements'> {
  const mine = new Map(own.map((cell) => [cell.hypothesis_id, cell.consistency]));
  const byHypothesis: AchRow['others'] = {};
  const disagreements = new Set<number>();
  for (const cell of others) {
    (byHypothesis[String(cell.hypothesis_id)] ??= []).push({ rater: cell.rater, consistency: cell.consistency, relevance: cell.relevance });
    const my = mine.get(cell.hypothesis_id);
    if (my !== undefined && my !== cell.consistency) disagreements.add(cell.hypothesis_id);
  }
  return { others: byHypothesis, disagreements: [...disagreements] };
}

function sameOrder(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

export function getAch(db: Db): Ach {
  const hypotheses = listHypotheses(db);
  const ids = hypotheses.map((h) => h.id);
  const cells = db.prepare('SELECT annotation_id, hypothesis_id, rater, consistency, relevance, reason FROM rating ORDER BY rater').all() as CellRow[];
  const byPassage = new Map<string, CellRow[]>();
  const othersOf = new Map<string, CellRow[]>();
  for (const cell of cells) {
    const into = cell.rater === '' ? byPassage : othersOf;
    into.set(cell.annotation_id, [...(into.get(cell.annotation_id) ?? []), cell]);
  }
  const passages = db
    .prepare(
      `SELECT a.id, a.document_id, a.start, a.end, a.exact, a.reliability, a.credibility, d.title, d.source, d.published_at AS date
       FROM annotation a JOIN document d ON d.id = a.document_id
       WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.document_id, a.start, a.id`,
    )
    .all(JSON.stringify([...new Set([...byPassage.keys(), ...othersOf.keys()])])) as PassageRow[];
  const pages = getPageStarts(db, [...new Set(passages.map((p) => p.document_id))]);

  const evidence: Evidence[] = passages.map((passage) => ({
    id: passage.id,
    reliability: passage.reliability,
    credibility: passage.credibility,
    cells: new Map((byPassage.get(passage.id) ?? []).map((cell): [number, Cell] => [cell.hypothesis_id, { consistency: cell.consistency, relevance: cell.relevance }])),
  }));
  const scores = scoreHypotheses(ids, evidence);
  const ranking = rank(scores);
  const rows: AchRow[] = passages.map((passage, index) => ({
    annotationId: passage.id,
    documentId: passage.document_id,
    exact: passage.exact,
    title: passage.title,
    source: passage.source,
    date: passage.date,
    pages: pagesCited(pages.get(passage.document_id) ?? [], passage.start, passage.end),
    reliability: passage.reliability,
    credibility: passage.credibility,
    weight: credibilityWeight(passage.reliability, passage.credibility),
    ratings: Object.fromEntries(
      (byPassage.get(passage.id) ?? []).map((cell) => [String(cell.hypothesis_id), { consistency: cell.consistency, relevance: cell.relevance, reason: cell.reason }]),
    ),
    diagnosticity: diagnosticity(evidence[index] as Evidence, ids),
    ...claimReach(db, passage.id),
    ...othersView(byPassage.get(passage.id) ?? [], othersOf.get(passage.id) ?? []),
  }));

  const rated = evidence.filter((item) => item.cells.size > 0);
  const strong = rated.filter((item) => item.reliability === null || !WEAK_SOURCES.has(item.reliability));
  const withoutWeak = rank(scoreHypotheses(ids, strong)).order;
  return {
    question: getQuestion(db),
    hypotheses: hypotheses.map((hypothesis, index) => {
      const score = scores[index] as (typeof scores)[number];
      return {
        ...hypothesis,
        inconsistency: score.inconsistency,
        weightedInconsistency: score.weightedInconsistency,
        rank: ranking.rank.get(hypothesis.id) ?? 1,
        rated: score.rated,
      };
    }),
    ranking: ranking.order,
    rows,
    sensitivity: sensitivity(ids, evidence).map(({ id, ranking: order, leaders, leaderChanges }) => ({ annotationId: id, ranking: order, leaders, leaderChanges })),
    withoutWeakSources: { ranking: withoutWeak, excluded: rated.length - strong.length, changed: !sameOrder(withoutWeak, ranking.order) },
  };
}
