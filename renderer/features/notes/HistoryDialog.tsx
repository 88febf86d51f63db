// A highlight's history (getAnnotationHistory), oldest first: when, what happened, and the
// note, tags and assessments as they stood, with the fields that changed called out.
import { inQuotes } from '../../../api/quote-marks.js';
import type { Annotation, AnnotationHistoryEntry } from '../../../api/types.js';
import { errorMessage } from '../../api/workbench-client.js';
import { Dialog } from '../../components/Dialog.js';
import { EmptyState, ErrorAlert, Loading } from '../../components/Feedback.js';
import { formatTimestamp } from '../../lib/format-time.js';
import { assessmentWords } from '../annotations/highlight-draft.js';
import { useAnnotationHistory } from '../annotations/use-annotations.js';

const ACTIONS: Record<AnnotationHistoryEntry['action'], string> = {
  created: 'Created',
  updated: 'Edited',
  deleted: 'Deleted',
  imported: 'Imported',
  'tag-renamed': 'Tag renamed',
  'tag-merged': 'Tags merged',
  'tag-deleted': 'Tag deleted',
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

function Entry({ entry, previous }: { entry: AnnotationHistoryEntry; previous: Snapshot | undefined }) {
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
    </li>
  );
}

export function HistoryDialog({ annotation, onClose }: { annotation: Annotation; onClose: () => void }) {
  const history = useAnnotationHistory(annotation.id);
  const entries = history.data ?? [];
  return (
    <Dialog
      title="Highlight history"
      className="history-dialog"
      onClose={onClose}
      description={<span>{inQuotes(annotation.exact.length > 160 ? `${annotation.exact.slice(0, 160)}…` : annotation.exact)}</span>}
    >
      {history.isError ? (
        <ErrorAlert message={errorMessage(history.error)} onRetry={() => void history.refetch()} />
      ) : !history.data ? (
        <Loading label="Loading history…" />
      ) : entries.length === 0 ? (
        <EmptyState title="No history recorded" />
      ) : (
        <ol className="history">
          {entries.map((entry, index) => (
            <Entry key={`${entry.at}-${index}`} entry={entry} previous={entries[index - 1]?.snapshot} />
          ))}
        </ol>
      )}
    </Dialog>
  );
}
