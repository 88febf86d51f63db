// What the matrix says: the hypotheses ranked (least inconsistent first, ties sharing a rank), the
// passages the ranking rests on (who would lead without each), and the ranking again without
// passages from sources graded E or F.
import { inQuotes } from '../../../api/quote-marks.js';
import type { Ach } from '../../../api/types.js';
import { plural } from '../../lib/format.js';
import { hypothesisLabel } from './rating-options.js';

function names(ach: Ach, ids: readonly number[]): string {
  const byId = new Map(ach.hypotheses.map((h) => [h.id, hypothesisLabel(h.position)]));
  const named = ids.map((id) => byId.get(id) ?? `#${id}`);
  return named.length <= 1 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
}

function order(ach: Ach, ids: readonly number[]): string {
  const byId = new Map(ach.hypotheses.map((h) => [h.id, hypothesisLabel(h.position)]));
  return ids.map((id) => byId.get(id) ?? `#${id}`).join(' > ');
}

function quoteOf(ach: Ach, annotationId: string): string {
  const exact = ach.rows.find((row) => row.annotationId === annotationId)?.exact ?? '';
  const flat = exact.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

export function AchFindings({ ach }: { ach: Ach }) {
  const byId = new Map(ach.hypotheses.map((h) => [h.id, h]));
  const weak = ach.withoutWeakSources;
  return (
    <section className="ach-findings" aria-label="Findings">
      <h3 className="ach-section-title">Ranking</h3>
      <ol className="ach-ranking">
        {ach.ranking.map((id) => {
          const h = byId.get(id);
          if (!h) return null;
          return (
            <li key={id}>
              <strong>
                {h.rank}. {hypothesisLabel(h.position)}
              </strong>{' '}
              {h.statement}{' '}
              <span className="ach-ranking__score">
                {h.rated === 0
                  ? '— no passage rated against it yet'
                  : `— weighted inconsistency ${h.weightedInconsistency.toFixed(2)}, inconsistency ${h.inconsistency}, ${plural(h.rated, 'passage')}`}
              </span>
            </li>
          );
        })}
      </ol>
      <h3 className="ach-section-title">Sensitivity</h3>
      {ach.sensitivity.length === 0 ? (
        <p>No single passage, removed or disproved, would change the ranking.</p>
      ) : (
        <ul className="ach-sensitivity">
          {ach.sensitivity.map((s) => (
            <li key={s.annotationId}>
              {inQuotes(quoteOf(ach, s.annotationId))}: without it{' '}
              {!s.leaderChanges
                ? `the order below the lead changes (${order(ach, s.ranking)})`
                : s.leaders.length === 1
                  ? `${names(ach, s.leaders)} would lead`
                  : `${names(ach, s.leaders)} would tie for the lead`}
              .
            </li>
          ))}
        </ul>
      )}
      <p>
        {weak.excluded === 0
          ? 'No rated passage comes from a source graded E or F.'
          : `Without the ${plural(weak.excluded, 'passage')} from sources graded E or F: ${
              weak.changed ? `the ranking becomes ${order(ach, weak.ranking)}` : 'the same ranking'
            }.`}
      </p>
    </section>
  );
}
