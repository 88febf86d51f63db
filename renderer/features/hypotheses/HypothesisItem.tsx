// One hypothesis in the analyst's order: its label (H1…), statement and scores; reworded in place,
// moved up or down, or deleted with its ratings after a confirmation.
import { useState } from 'react';
import type { AchHypothesis } from '../../../api/types.js';
import { ConfirmInline } from '../../components/ConfirmInline.js';
import { useReportDirty } from '../../components/dirty-scope.js';
import { plural } from '../../lib/format.js';
import type { AchActions } from './use-hypotheses.js';
import { hypothesisLabel } from './rating-options.js';
import type { ReportedRun } from '../../state/use-reported-action.js';

interface HypothesisItemProps {
  hypothesis: AchHypothesis;
  count: number;
  actions: AchActions;
  run: ReportedRun;
}

export function HypothesisItem({ hypothesis: h, count, actions, run }: HypothesisItemProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(h.statement);
  const [confirming, setConfirming] = useState(false);
  const label = hypothesisLabel(h.position);
  useReportDirty(editing && draft.trim() !== h.statement);
  const move = (step: -1 | 1): void => void run(() => actions.edit(h.id, { position: h.position + step }), `Moved ${label}.`);
  return (
    <li className="ach-hypothesis">
      <span className="ach-hypothesis__label">{label}</span>
      {editing ? (
        <form
          className="ach-hypothesis__edit"
          onSubmit={(event) => {
            event.preventDefault();
            void run(() => actions.edit(h.id, { statement: draft }), `Reworded ${label}.`).then((ok) => ok && setEditing(false));
          }}
        >
          <label className="visually-hidden" htmlFor={`hypothesis-${h.id}`}>
            Statement of {label}
          </label>
          <input id={`hypothesis-${h.id}`} type="text" value={draft} onChange={(event) => setDraft(event.target.value)} autoFocus />
          <button type="submit" className="button button--small">
            Save
          </button>
          <button type="button" className="button button--small button--quiet" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <span className="ach-hypothesis__statement">{h.statement}</span>
      )}
      <span className="ach-hypothesis__score" title="Weighted inconsistency: the lower, the less evidence stands against it">
        {h.rated === 0 ? 'no ratings yet' : `rank ${h.rank} · ${h.weightedInconsistency.toFixed(2)}`}
      </span>
      {editing ? null : (
        <span className="ach-hypothesis__actions">
          <button type="button" className="button button--small button--quiet" onClick={() => setEditing(true)} aria-label={`Reword ${label}`}>
            Reword
          </button>
          <button type="button" className="icon-button" onClick={() => move(-1)} disabled={h.position === 0} aria-label={`Move ${label} up`}>
            <span aria-hidden="true">↑</span>
          </button>
          <button type="button" className="icon-button" onClick={() => move(1)} disabled={h.position === count - 1} aria-label={`Move ${label} down`}>
            <span aria-hidden="true">↓</span>
          </button>
          <button type="button" className="button button--small button--danger-quiet" onClick={() => setConfirming(true)} aria-label={`Delete ${label}`}>
            Delete
          </button>
        </span>
      )}
      {confirming ? (
        <ConfirmInline
          message={`Delete ${label} “${h.statement}” and its ${plural(h.rated, 'rating')}? Their history is kept.`}
          confirmLabel="Yes, delete"
          onConfirm={() => void run(() => actions.remove(h.id), `Deleted ${label}.`).then(() => setConfirming(false))}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </li>
  );
}
