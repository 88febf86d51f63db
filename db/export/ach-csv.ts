// The ACH matrix as CSV for a spreadsheet: one row per rated passage with its citation, grades and
// weight, one column per hypothesis (in the analyst's order, headed by its statement) holding the
// rating and relevance, then its diagnosticity; the two score rows at the end. Same conventions as
// the notes CSV (csv-export.ts): RFC 4180, CRLF, a UTF-8 BOM, formula-like text defused.
import type { Ach } from '../../api/types.js';
import { csvDocument, defuseFormula } from './csv-export.js';

export function renderAchCsv(ach: Ach): string {
  const hypotheses = ach.hypotheses.map((h) => `H${h.position + 1}: ${h.statement}`);
  const header = [
    'Quote',
    'Document title',
    'Source',
    'Date',
    'Pages',
    'Reliability',
    'Credibility',
    'Weight',
    ...hypotheses,
    'Diagnosticity',
    'Reported by (documents)',
    'Independent sources',
    'Annotation ID',
  ];
  const rows = ach.rows.map((row) => [
    defuseFormula(row.exact),
    defuseFormula(row.title),
    defuseFormula(row.source ?? ''),
    row.date ?? '',
    row.pages ?? '',
    row.reliability ?? '',
    row.credibility === null ? '' : String(row.credibility),
    row.weight.toFixed(3),
    ...ach.hypotheses.map((h) => {
      const rating = row.ratings[String(h.id)];
      return rating ? `${rating.consistency}${rating.relevance === 'medium' ? '' : ` (${rating.relevance})`}` : '';
    }),
    row.diagnosticity ?? '',
    String(row.reports),
    String(row.independentSources),
    row.annotationId,
  ]);
  const blank = ['', '', '', '', '', '', ''];
  const scores = [
    ['Weighted inconsistency', ...blank, ...ach.hypotheses.map((h) => h.weightedInconsistency.toFixed(3)), '', '', '', ''],
    ['Inconsistency', ...blank, ...ach.hypotheses.map((h) => String(h.inconsistency)), '', '', '', ''],
    ['Rank', ...blank, ...ach.hypotheses.map((h) => String(h.rank)), '', '', '', ''],
  ];
  return csvDocument([header, ...rows, ...scores]);
}
