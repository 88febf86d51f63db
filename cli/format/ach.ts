// The ACH matrix as text: the question; the hypotheses ranked, with both scores; one line per rated
// passage with its grades, its rating against each hypothesis and its diagnosticity; then what the
// ranking is sensitive to, and the ranking without sources graded E or F.
import type { Ach, AchRow } from '../../api/types.js';
import { excerpt, plural, quoted, table } from './text.js';

const RELEVANCE_MARK: Record<string, string> = { low: '↓', medium: '', high: '↑' };

function grade(row: AchRow): string {
  return `${row.reliability ?? '–'}${row.credibility ?? '–'}`;
}

/** "3 docs, 2 sources" when linked passages report the same claim; "–" when only this one does. */
function echoes(row: AchRow): string {
  return row.reports <= 1 ? '–' : `${row.reports} docs, ${plural(row.independentSources, 'source')}`;
}

function citation(row: AchRow): string {
  return [row.source ?? row.title, row.date, row.pages].filter(Boolean).join(', ');
}

function passage(ach: Ach, annotationId: string): string {
  const row = ach.rows.find((r) => r.annotationId === annotationId);
  return row ? `${quoted(row.exact, 50)} (${excerpt(citation(row), 50)})` : annotationId;
}

function ids(list: readonly number[]): string {
  const named = list.map((id) => `#${id}`);
  return named.length <= 1 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
}

function effect(s: Ach['sensitivity'][number]): string {
  if (!s.leaderChanges) return `the order below the lead changes (${s.ranking.map((id) => `#${id}`).join(' > ')})`;
  return s.leaders.length === 1 ? `${ids(s.leaders)} would lead` : `${ids(s.leaders)} would tie for the lead`;
}

export function formatAch(ach: Ach): string {
  if (ach.hypotheses.length === 0) return "No hypotheses yet. Add them with 'assay hypothesis add \"…\"', then rate highlights with 'assay rate'.";
  const byId = new Map(ach.hypotheses.map((h) => [h.id, h]));
  const out: string[] = [];
  if (ach.question) out.push(`Question: ${ach.question}`, '');
  out.push('Hypotheses, most likely first (the lower the weighted inconsistency, the fewer passages stand against it):');
  out.push(
    table(
      ['RANK', 'ID', 'WEIGHTED', 'INCONSISTENCY', 'RATED', 'STATEMENT'],
      ach.ranking.map((id) => {
        const h = byId.get(id);
        return h ? [String(h.rank), `#${h.id}`, h.weightedInconsistency.toFixed(2), String(h.inconsistency), String(h.rated), h.statement] : [];
      }),
    ),
  );
  const unrated = ach.hypotheses.filter((h) => h.rated === 0);
  if (unrated.length > 0) out.push(`No passage is rated against ${unrated.map((h) => `#${h.id}`).join(', ')} yet: its score says nothing.`);
  out.push('');
  if (ach.rows.length === 0) {
    out.push("No passage is rated yet: 'assay rate ANNOTATION_ID HYPOTHESIS_ID --as I'.");
    return out.join('\n');
  }
  out.push('Passages (CC very consistent … II very inconsistent, NA not applicable; ↑ high, ↓ low relevance):');
  out.push(
    table(
      ['PASSAGE', 'SOURCE', 'GRADE', 'ECHOES', ...ach.hypotheses.map((h) => `#${h.id}`), 'DIAGNOSTIC'],
      ach.rows.map((row) => [
        quoted(row.exact, 40),
        excerpt(citation(row), 30),
        grade(row),
        echoes(row),
        ...ach.hypotheses.map((h) => {
          const cell = row.ratings[String(h.id)];
          return cell ? `${cell.consistency}${RELEVANCE_MARK[cell.relevance] ?? ''}` : '·';
        }),
        row.diagnosticity === null ? '–' : row.diagnosticity === 'none' ? 'none: does not help choose' : row.diagnosticity,
      ]),
    ),
  );
  const disagreements = ach.rows.flatMap((row) =>
    row.disagreements.map((id) => {
      const mine = row.ratings[String(id)]?.consistency ?? '·';
      const theirs = (row.others[String(id)] ?? []).map((o) => `${o.rater} ${o.consistency}`).join(', ');
      return `  ${quoted(row.exact, 50)} against #${id}: you ${mine}, ${theirs}`;
    }),
  );
  if (disagreements.length > 0) out.push('', 'Where other analysts rated differently:', ...disagreements);
  out.push('');
  if (ach.sensitivity.length === 0) out.push('Sensitivity: no single passage, removed or disproved, would change the ranking.');
  else {
    out.push('Sensitivity: the ranking rests on these passages; check them first.');
    for (const s of ach.sensitivity) out.push(`  ${passage(ach, s.annotationId)}: without it ${effect(s)}.`);
  }
  const weak = ach.withoutWeakSources;
  if (weak.excluded === 0) out.push('No passage comes from a source graded E or F.');
  else
    out.push(
      `Without the ${plural(weak.excluded, 'passage')} from sources graded E or F: ${
        weak.changed ? `the ranking changes to ${weak.ranking.map((id) => `#${id}`).join(' > ')}` : 'the same ranking'
      }.`,
    );
  return out.join('\n');
}
