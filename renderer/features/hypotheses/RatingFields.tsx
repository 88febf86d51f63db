// "Against the hypotheses": the highlight dialog's rating of the passage against each hypothesis,
// consistency and relevance, chosen while reading. Nothing shows when there are no hypotheses.
import type { Consistency, Relevance } from '../../../api/ach.js';
import type { Hypothesis } from '../../../api/types.js';
import { CONSISTENCY_OPTIONS, hypothesisLabel, NOT_RATED, RELEVANCE_OPTIONS } from './rating-options.js';
import type { RatingDraft } from './rating-draft.js';

interface RatingFieldsProps {
  hypotheses: readonly Hypothesis[];
  value: RatingDraft;
  onChange: (next: RatingDraft) => void;
  idPrefix: string;
}

export function RatingFields({ hypotheses, value, onChange, idPrefix }: RatingFieldsProps) {
  if (hypotheses.length === 0) return null;
  return (
    <fieldset className="rating-fields">
      <legend>Against the hypotheses</legend>
      {hypotheses.map((h) => {
        const cell = value[h.id];
        const label = hypothesisLabel(h.position);
        const set = (change: { consistency?: Consistency | null; relevance?: Relevance }): void =>
          onChange({ ...value, [h.id]: { consistency: cell?.consistency ?? null, relevance: cell?.relevance ?? 'medium', ...change } });
        return (
          <div className="rating-fields__row" key={h.id}>
            <label htmlFor={`${idPrefix}-h${h.id}`} className="rating-fields__label" title={h.statement}>
              <strong>{label}</strong> {h.statement}
            </label>
            <select
              id={`${idPrefix}-h${h.id}`}
              value={cell?.consistency ?? NOT_RATED}
              onChange={(event) => set({ consistency: event.target.value === NOT_RATED ? null : (event.target.value as Consistency) })}
            >
              {CONSISTENCY_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.value === NOT_RATED ? 'Not rated' : `${option.label} — ${option.title}`}
                </option>
              ))}
            </select>
            <select
              aria-label={`Relevance to ${label}`}
              value={cell?.relevance ?? 'medium'}
              disabled={!cell?.consistency}
              onChange={(event) => set({ relevance: event.target.value as Relevance })}
            >
              {RELEVANCE_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </fieldset>
  );
}
