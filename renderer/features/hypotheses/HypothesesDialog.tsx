// "Hypotheses": Analysis of Competing Hypotheses over the highlighted passages. The question, the
// hypotheses in the analyst's order (added, reworded, moved, deleted), the matrix of passages against
// hypotheses rated from the keyboard, and what it says: the ranking, the passages it rests on, and
// the ranking without weak sources. Scores come from the core (getAch), never from the page.
import { useState } from 'react';
import type { AchRow } from '../../../api/types.js';
import { errorMessage } from '../../api/workbench-client.js';
import { Dialog } from '../../components/Dialog.js';
import { EmptyState, ErrorAlert, Loading } from '../../components/Feedback.js';
import { useDocumentList } from '../reader/use-document.js';
import { AchFindings } from './AchFindings.js';
import { AchMatrix } from './AchMatrix.js';
import { HypothesisItem } from './HypothesisItem.js';
import { matrixRows, ROW_ORDERS, type RowOrder } from './matrix-rows.js';
import { QuestionField } from './QuestionField.js';
import { useAch, useAchActions, useAllHighlights, type RatingChange } from './use-hypotheses.js';
import { useReportedAction } from '../../state/use-reported-action.js';

interface HypothesesDialogProps {
  onClose: () => void;
  onShow: (passage: { id: string; documentId: number }) => void;
}

export function HypothesesDialog({ onClose, onShow }: HypothesesDialogProps) {
  const ach = useAch();
  const actions = useAchActions();
  const [showAll, setShowAll] = useState(false);
  const [order, setOrder] = useState<RowOrder>('document');
  const all = useAllHighlights(showAll);
  const documents = useDocumentList(showAll);
  const { error, status, run } = useReportedAction();
  const [statement, setStatement] = useState('');

  const rate = (change: RatingChange): void => void run(() => actions.rate(change), change.consistency === null ? 'Rating cleared.' : `Rated ${change.consistency}.`);
  const show = (row: AchRow): void => {
    onShow({ id: row.annotationId, documentId: row.documentId });
    onClose();
  };

  const data = ach.data;
  const rows = data ? matrixRows(data.rows, showAll ? all.data : undefined, documents.data, order) : [];
  return (
    <Dialog
      title="Hypotheses"
      className="hypotheses-dialog"
      onClose={onClose}
      dirty={statement.trim() !== ''}
      description="Analysis of competing hypotheses: how each highlighted passage bears on each hypothesis."
    >
      {error ? <ErrorAlert message={error} /> : null}
      <p className="tags-dialog__status" role="status">
        {status}
      </p>
      {ach.isError ? (
        <ErrorAlert message={errorMessage(ach.error)} onRetry={() => void ach.refetch()} />
      ) : !data ? (
        <Loading label="Loading the matrix…" />
      ) : (
        <>
          <QuestionField question={data.question} onSave={(question) => run(() => actions.setQuestion(question), 'Question saved.')} />
          <h3 className="ach-section-title">Hypotheses</h3>
          {data.hypotheses.length === 0 ? (
            <EmptyState title="No hypotheses yet">Write every explanation that could be true, including the ones you doubt; then rate passages against each.</EmptyState>
          ) : (
            <ol className="ach-hypotheses">
              {data.hypotheses.map((h) => (
                <HypothesisItem key={h.id} hypothesis={h} count={data.hypotheses.length} actions={actions} run={run} />
              ))}
            </ol>
          )}
          <form
            className="ach-new"
            onSubmit={(event) => {
              event.preventDefault();
              const text = statement.trim();
              if (text) void run(() => actions.add(text), 'Hypothesis added.').then((ok) => ok && setStatement(''));
            }}
          >
            <label htmlFor="new-hypothesis">New hypothesis</label>
            <input id="new-hypothesis" type="text" value={statement} onChange={(event) => setStatement(event.target.value)} autoComplete="off" />
            <button type="submit" className="button button--small">
              Add hypothesis
            </button>
          </form>
          {data.hypotheses.length > 0 ? (
            <>
              <div className="ach-matrix__bar">
                <h3 className="ach-section-title">Matrix</h3>
                <label className="field--check">
                  <input type="checkbox" checked={showAll} onChange={(event) => setShowAll(event.target.checked)} /> Include highlights not rated yet
                </label>
                <label htmlFor="ach-order">Sort</label>
                <select id="ach-order" value={order} onChange={(event) => setOrder(event.target.value as RowOrder)}>
                  {ROW_ORDERS.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </div>
              {rows.length === 0 ? (
                <p className="ach-empty">No passage is rated yet. Tick “Include highlights not rated yet”, or rate a passage in its highlight dialog.</p>
              ) : (
                <AchMatrix hypotheses={data.hypotheses} rows={rows} sensitive={new Set(data.sensitivity.map((s) => s.annotationId))} onRate={rate} onShow={show} />
              )}
              <AchFindings ach={data} />
            </>
          ) : null}
        </>
      )}
    </Dialog>
  );
}
