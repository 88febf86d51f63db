// A highlight's history (getAnnotationHistory), oldest first: when, what happened, and the
// note, tags and assessments as they stood, with the fields that changed called out; any earlier
// version can be restored (an undoable change, like an edit).
import { useState } from 'react';
import { inQuotes } from '../../../api/quote-marks.js';
import type { Annotation, AnnotationHistoryEntry } from '../../../api/types.js';
import { errorMessage } from '../../api/workbench-client.js';
import { Dialog } from '../../components/Dialog.js';
import { EmptyState, ErrorAlert, Loading } from '../../components/Feedback.js';
import { formatTimestamp } from '../../lib/format-time.js';
import { assessmentWords } from '../annotations/highlight-draft.js';
import { useAnnotationHistory, useRestoreVersion } from '../annotations/use-annotations.js';
import { useReportedAction } from '../../state/use-reported-action.js';
import { UndoNotice } from '../undo/UndoNotice.js';

const ACTIONS: Record<AnnotationHistoryEntry['action'], string> = {
  created: 'Created',
  updated: 'Edited',
  deleted: 'Deleted',
  imported: 'Imported',
  'tag-renamed': 'Tag renamed',
  'tag-merged': 'Tags merged',
  'tag-deleted': 'Tag deleted',
  restored: 'Restored',
};

type Snapshot = AnnotationHistoryEntry['snapshot'];

function changed(previous: Snapshot | undefined, current: Snapshot): string[] {
  if (!previous) return [];
  const fields: string[] = [];
  if (previous.note !== current.note) fields.push('note');
  if (previous.tags.join('\u0000') !== current.tags.join('\u0000')) fields.push('tags');
  if (assessmentWords(previous).join() !== assessmentWords(current).join()) fields.push('assessments');
  return fields;
}

interface EntryProps {
  entry: AnnotationHistoryEntry;
  previous: Snapshot | undefined;
  /** Sets the highlight back to this entry; absent for the version it has now. */
  onRestore?: (() => void) | undefined;
  restoring: boolean;
}

function Entry({ entry, previous, onRestore, restoring }: EntryProps) {
  const { snapshot } = entry;
  const fields = changed(previous, snapshot);
  const words = assessmentWords(snapshot);
  return (
    <li className="history__entry">
      <p className="history__head">
        <strong>{ACTIONS[entry.action] ?? entry.action}</strong> <time dateTime={entry.at}>{formatTimestamp(entry.at)}</time>
        {fields.length > 0 ? <span className="history__changed"> — changed {fields.join(', ')}</span> : null}
      </p>
      <dl className="history__fields">
        <dt>Tags</dt>
        <dd>{snapshot.tags.length ? snapshot.tags.join(', ') : '—'}</dd>
        <dt>Note</dt>
        <dd className="history__note">{snapshot.note || '—'}</dd>
        <dt>Assessment</dt>
        <dd>{words.length ? words.join(' · ') : 'Not assessed'}</dd>
      </dl>
      {onRestore ? (
        <button
          type="button"
          className="button button--small"
          disabled={restoring}
          onClick={onRestore}
          aria-label={`Restore this version, of ${formatTimestamp(entry.at)}`}
        >
          Restore this version
        </button>
      ) : null}
    </li>
  );
}

export function HistoryDialog({ annotation, onClose }: { annotation: Annotation; onClose: () => void }) {
  const history = useAnnotationHistory(annotation.id);
  const entries = history.data ?? [];
  const restore = useRestoreVersion();
  const { error, run } = useReportedAction();
  const [restoring, setRestoring] = useState(false);
  const restoreTo = (version: number): void => {
    setRestoring(true);
    void run(() => restore(annotation.id, version)).finally(() => setRestoring(false));
  };
  return (
    <Dialog
      title="Highlight history"
      className="history-dialog"
      onClose={onClose}
      description={<span>{inQuotes(annotation.exact.length > 160 ? `${annotation.exact.slice(0, 160)}…` : annotation.exact)}</span>}
    >
      <UndoNotice />
      {error ? <ErrorAlert message={error} /> : null}
      {history.isError ? (
        <ErrorAlert message={errorMessage(history.error)} onRetry={() => void history.refetch()} />
      ) : !history.data ? (
        <Loading label="Loading history…" />
      ) : entries.length === 0 ? (
        <EmptyState title="No history recorded" />
      ) : (
        <ol className="history">
          {entries.map((entry, index) => (
            <Entry
              key={entry.version}
              entry={entry}
              previous={entries[index - 1]?.snapshot}
              onRestore={index < entries.length - 1 ? () => restoreTo(entry.version) : undefined}
              restoring={restoring}
            />
          ))}
        </ol>
      )}
    </Dialog>
  );
}
