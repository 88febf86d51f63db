// The rows the matrix shows: the rated passages as the core scored them, optionally followed by the
// highlights not rated yet (so they can be rated here), sorted as the analyst asks. Pure.
import type { AchRow, Annotation, DocumentSummary } from '../../../api/types.js';

export type RowOrder = 'document' | 'diagnosticity' | 'date' | 'grade';

export const ROW_ORDERS: { value: RowOrder; label: string }[] = [
  { value: 'document', label: 'Document order' },
  { value: 'diagnosticity', label: 'Most diagnostic first' },
  { value: 'date', label: 'Date, oldest first' },
  { value: 'grade', label: 'Best graded first' },
];

const DIAGNOSTIC_RANK: Record<string, number> = { high: 0, medium: 1, low: 2, none: 3 };

/** A highlight not rated yet, as a row with no ratings. */
function unratedRow(annotation: Annotation, document: DocumentSummary | undefined): AchRow {
  return {
    annotationId: annotation.id,
    documentId: annotation.documentId,
    exact: annotation.exact,
    title: document?.title ?? `Document ${annotation.documentId}`,
    source: document?.source ?? null,
    date: document?.date ?? null,
    pages: null,
    reliability: annotation.reliability,
    credibility: annotation.credibility,
    weight: 1,
    ratings: {},
    diagnosticity: null,
    reports: 1,
    independentSources: 1,
    others: {},
    disagreements: [],
  };
}

export function matrixRows(
  rated: readonly AchRow[],
  all: readonly Annotation[] | undefined,
  documents: readonly DocumentSummary[] | undefined,
  order: RowOrder,
): AchRow[] {
  const known = new Set(rated.map((row) => row.annotationId));
  const byId = new Map((documents ?? []).map((d) => [d.id, d]));
  const extra = (all ?? []).filter((a) => !known.has(a.id)).map((a) => unratedRow(a, byId.get(a.documentId)));
  const rows = [...rated, ...extra];
  if (order === 'document') return rows;
  const sorted = [...rows];
  if (order === 'diagnosticity') sorted.sort((a, b) => (DIAGNOSTIC_RANK[a.diagnosticity ?? ''] ?? 4) - (DIAGNOSTIC_RANK[b.diagnosticity ?? ''] ?? 4));
  else if (order === 'date') sorted.sort((a, b) => (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) || (a.date ?? '').localeCompare(b.date ?? ''));
  else sorted.sort((a, b) => b.weight - a.weight);
  return sorted;
}
