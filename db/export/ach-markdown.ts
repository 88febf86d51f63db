// The brief's Analysis of Competing Hypotheses section: the question, the hypotheses ranked with
// their scores, the matrix as a table whose every row cites its passage (title, source, date, page)
// and says how many documents and independent sources report it, each passage's diagnosticity, what the ranking is sensitive to, and the ranking without sources
// graded E or F. Pure; empty when the workspace has no hypotheses.
import { CONSISTENCY_LABELS } from '../../api/ach.js';
import { inQuotes } from '../../api/quote-marks.js';
import type { Ach, AchRow, AchSensitivity } from '../../api/types.js';
import { briefDate } from './brief-dates.js';
import { escapeInline } from './markdown-text.js';

function cell(text: string): string {
  return escapeInline(text) || ' ';
}

function shortQuote(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

function citation(row: AchRow, timeZone: string): string {
  const parts = [`*${escapeInline(row.title)}*`];
  for (const part of [row.source, row.date ? briefDate(row.date, timeZone) : null, row.pages]) if (part) parts.push(escapeInline(part));
  return parts.join(', ');
}

function grade(row: AchRow): string {
  return row.reliability === null && row.credibility === null ? '—' : `${row.reliability ?? '–'}${row.credibility ?? '–'}`;
}

function names(ach: Ach): Map<number, string> {
  return new Map(ach.hypotheses.map((h) => [h.id, `H${h.position + 1}`]));
}

function list(ids: readonly number[], label: Map<number, string>): string {
  const named = ids.map((id) => label.get(id) ?? `#${id}`);
  return named.length <= 1 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
}

function sensitivityLine(s: AchSensitivity, ach: Ach, label: Map<number, string>, timeZone: string): string {
  const row = ach.rows.find((r) => r.annotationId === s.annotationId);
  const passage = row ? `${escapeInline(inQuotes(shortQuote(row.exact, 80)))} (${citation(row, timeZone)})` : s.annotationId;
  const effect = !s.leaderChanges
    ? `the order below the lead changes to ${list(s.ranking, label).replace(/ and /, ', ')}`
    : s.leaders.length === 1
      ? `${list(s.leaders, label)} would lead`
      : `${list(s.leaders, label)} would tie for the lead`;
  return `- ${passage}: without it ${effect}.`;
}

/** The section; dates in `timeZone` (an IANA name, UTC unless the export request named one). */
export function renderAchSection(ach: Ach, timeZone = 'UTC'): string {
  if (ach.hypotheses.length === 0) return '';
  const label = names(ach);
  const byId = new Map(ach.hypotheses.map((h) => [h.id, h]));
  const out: string[] = ['## Analysis of competing hypotheses'];
  if (ach.question) out.push(`**Question:** ${escapeInline(ach.question)}`);
  const ranked = ach.ranking.map((id) => byId.get(id)).filter((h) => h !== undefined);
  out.push(
    [
      '| Rank | Hypothesis | Weighted inconsistency | Inconsistency | Passages rated |',
      '|---:|---|---:|---:|---:|',
      ...ranked.map((h) => `| ${h.rank} | ${label.get(h.id)}: ${cell(h.statement)} | ${h.weightedInconsistency.toFixed(2)} | ${h.inconsistency} | ${h.rated} |`),
    ].join('\n'),
  );
  out.push(
    '*The lower the weighted inconsistency, the less evidence stands against a hypothesis. Inconsistent passages count against a hypothesis (I 1, II 2), ' +
      'weighted by relevance and by the passage’s source grades; consistent ones prove nothing.*',
  );
  if (ach.rows.length === 0) {
    out.push('*No passage is rated against the hypotheses yet.*');
    return out.join('\n\n');
  }
  const columns = ach.hypotheses.map((h) => label.get(h.id) ?? `#${h.id}`);
  out.push('### Matrix');
  out.push(
    [
      `| Passage | Grade | Reported by | ${columns.join(' | ')} | Diagnosticity |`,
      `|---|---|---|${columns.map(() => ':-:').join('|')}|---|`,
      ...ach.rows.map((row) => {
        const ratings = ach.hypotheses.map((h) => {
          const rating = row.ratings[String(h.id)];
          const own = rating ? `${rating.consistency}${rating.relevance === 'medium' ? '' : ` (${rating.relevance})`}` : '·';
          const differing = row.disagreements.includes(h.id) ? (row.others[String(h.id)] ?? []).filter((o) => o.consistency !== rating?.consistency) : [];
          return differing.length ? `${own} ≠ ${differing.map((o) => `${escapeInline(o.rater)} ${o.consistency}`).join(', ')}` : own;
        });
        const diagnostic = row.diagnosticity === null ? '—' : row.diagnosticity === 'none' ? 'none: does not help choose' : row.diagnosticity;
        const reach =
          row.reports <= 1 ? 'this document' : `${row.reports} documents, ${row.independentSources} independent ${row.independentSources === 1 ? 'source' : 'sources'}`;
        return `| ${cell(inQuotes(shortQuote(row.exact)))} — ${citation(row, timeZone)} | ${grade(row)} | ${reach} | ${ratings.join(' | ')} | ${diagnostic} |`;
      }),
    ].join('\n'),
  );
  out.push(
    `*${Object.entries(CONSISTENCY_LABELS)
      .map(([code, name]) => `${code} ${name.toLowerCase()}`)
      .join(', ')}; relevance medium unless shown; ≠ marks another analyst's different rating.*`,
  );
  out.push('### Sensitivity');
  const lines =
    ach.sensitivity.length === 0
      ? ['No single passage, removed or disproved, would change the ranking.']
      : ['The ranking rests on these passages; check them first.', '', ...ach.sensitivity.map((s) => sensitivityLine(s, ach, label, timeZone))];
  const weak = ach.withoutWeakSources;
  lines.push(
    '',
    weak.excluded === 0
      ? 'No passage comes from a source graded E or F.'
      : `Without the ${weak.excluded === 1 ? 'passage' : `${weak.excluded} passages`} from sources graded E or F: ${
          weak.changed ? `the ranking becomes ${weak.ranking.map((id) => label.get(id) ?? `#${id}`).join(', ')}` : 'the same ranking'
        }.`,
  );
  out.push(lines.join('\n'));
  return out.join('\n\n');
}
