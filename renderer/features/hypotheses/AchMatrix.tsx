// The ACH matrix: a row per passage (quote, source and date, grades), a column per hypothesis in the
// analyst's order, each cell a rating chosen from the keyboard (focus it, type CC, C, N, I, II or NA),
// then the passage's diagnosticity; ≠ marks a cell another analyst rated differently. A passage that
// bears the same way on every hypothesis is marked:
// it does not help choose. "Show" jumps to the passage in the reader.
import type { Consistency } from '../../../api/ach.js';
import { inQuotes } from '../../../api/quote-marks.js';
import type { AchHypothesis, AchRow } from '../../../api/types.js';
import { plural } from '../../lib/format.js';
import { formatDate } from '../../lib/format-time.js';
import { CONSISTENCY_OPTIONS, hypothesisLabel, NOT_RATED } from './rating-options.js';
import type { RatingChange } from './use-hypotheses.js';

interface AchMatrixProps {
  hypotheses: AchHypothesis[];
  rows: AchRow[];
  sensitive: ReadonlySet<string>;
  onRate: (change: RatingChange) => void;
  onShow: (row: AchRow) => void;
}

function shortQuote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 140 ? `${flat.slice(0, 139)}…` : flat;
}

/** Another analyst's different rating of the cell: a mark, and who said what. */
function OtherRatings({ others }: { others: AchRow['others'][string] }) {
  const text = others.map((o) => `${o.rater}: ${o.consistency}`).join('; ');
  return (
    <span className="ach-cell__other" title={`Rated differently by ${text}`}>
      <span aria-hidden="true">≠</span>
      <span className="visually-hidden">rated differently by {text}</span>
    </span>
  );
}

const DIAGNOSTIC_TEXT: Record<string, string> = { none: 'None: does not help choose', low: 'Low', medium: 'Medium', high: 'High' };

export function AchMatrix({ hypotheses, rows, sensitive, onRate, onShow }: AchMatrixProps) {
  return (
    <div className="ach-matrix__scroll" tabIndex={0} role="region" aria-label="Matrix of passages and hypotheses">
      <table className="ach-matrix">
        <caption className="visually-hidden">Each passage rated against each hypothesis</caption>
        <thead>
          <tr>
            <th scope="col">Passage</th>
            <th scope="col">Grade</th>
            {hypotheses.map((h) => (
              <th scope="col" key={h.id} title={h.statement}>
                {hypothesisLabel(h.position)}
              </th>
            ))}
            <th scope="col">Diagnosticity</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const quote = shortQuote(row.exact);
            return (
              <tr key={row.annotationId} className={row.diagnosticity === 'none' ? 'ach-row ach-row--flat' : 'ach-row'}>
                <th scope="row" className="ach-row__passage">
                  <span className="ach-row__quote">{inQuotes(quote)}</span>
                  <span className="ach-row__cite">
                    {[row.source ?? row.title, formatDate(row.date), row.pages].filter(Boolean).join(' · ')}
                    {row.reports > 1 ? ` · reported by ${row.reports} documents, ${plural(row.independentSources, 'independent source')}` : null}
                    {sensitive.has(row.annotationId) ? <span className="ach-row__flag"> · the ranking rests on it</span> : null}
                  </span>
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    onClick={() => onShow(row)}
                    aria-label={`Show “${quote.slice(0, 60)}” in the reader`}
                  >
                    Show
                  </button>
                </th>
                <td className="ach-row__grade">{row.reliability || row.credibility ? `${row.reliability ?? '–'}${row.credibility ?? '–'}` : '—'}</td>
                {hypotheses.map((h) => {
                  const rating = row.ratings[String(h.id)];
                  return (
                    <td key={h.id} className={`ach-cell ach-cell--${rating?.consistency ?? 'none'}`}>
                      <select
                        aria-label={`${hypothesisLabel(h.position)} rating of “${quote.slice(0, 60)}”`}
                        title={rating?.reason || undefined}
                        value={rating?.consistency ?? NOT_RATED}
                        onChange={(event) => {
                          const value = event.target.value;
                          onRate({ annotationId: row.annotationId, hypothesisId: h.id, consistency: value === NOT_RATED ? null : (value as Consistency) });
                        }}
                      >
                        {CONSISTENCY_OPTIONS.map((option) => (
                          <option key={option.value} value={option.value} title={option.title}>
                            {option.label}
                          </option>
                        ))}
                      </select>
                      {rating && rating.relevance !== 'medium' ? (
                        <span className="ach-cell__relevance" title={`${rating.relevance} relevance`}>
                          <span aria-hidden="true">{rating.relevance === 'high' ? '↑' : '↓'}</span>
                          <span className="visually-hidden">{rating.relevance} relevance</span>
                        </span>
                      ) : null}
                      {row.disagreements.includes(h.id) ? <OtherRatings others={row.others[String(h.id)] ?? []} /> : null}
                    </td>
                  );
                })}
                <td className="ach-row__diagnostic">{row.diagnosticity ? DIAGNOSTIC_TEXT[row.diagnosticity] : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
