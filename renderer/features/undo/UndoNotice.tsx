// The notice that confirms an undoable change, with its Undo button; then "Undone: …", or the
// core's refusal as an alert. Calm (role="status") unless something went wrong.
import { useUndo } from './use-undo.js';
import { doneWords } from './change-words.js';

export function UndoNotice({ className }: { className?: string }) {
  const { notice, doneLabel, undoing, undo, dismiss } = useUndo();
  if (notice === null) return null;
  const refused = notice.kind === 'refused';
  const message =
    notice.kind === 'done' ? (doneLabel === undefined ? 'Done.' : `${doneWords(doneLabel)}.`) : notice.kind === 'undone' ? `Undone: ${notice.label}.` : notice.message;
  return (
    <div role={refused ? 'alert' : 'status'} className={`${refused ? 'alert' : 'notice'} ${className ?? ''}`.trim()}>
      <span className="alert__message">{message}</span>
      {notice.kind === 'done' ? (
        <button type="button" className="button button--small" disabled={undoing} onClick={() => void undo(notice.changeId)}>
          Undo
        </button>
      ) : null}
      <button type="button" className="button button--small button--quiet" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
