// The changes made to a document's details, oldest first, each field with its value before and
// after, at a time shown in the analyst's zone. Read only while the list is open.
import type { DocumentHistoryEntry } from '../../../api/types.js';
import { formatTimestamp } from '../../lib/format-time.js';
import { useDocumentHistory } from './use-document.js';

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(none)';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '(none)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function Entry({ entry }: { entry: DocumentHistoryEntry }) {
  return (
    <li>
      <time dateTime={entry.at}>{formatTimestamp(entry.at)}</time>
      <ul className="doc-history__changes">
        {Object.entries(entry.changes).map(([field, change]) => (
          <li key={field}>
            <strong>{field}</strong>: {shown(change.before)} → {shown(change.after)}
          </li>
        ))}
      </ul>
    </li>
  );
}

export function DocumentHistoryList({ documentId }: { documentId: number }) {
  const history = useDocumentHistory(documentId, true);
  if (history.isPending) return <p className="doc-history__empty">Reading the history…</p>;
  if (history.isError) return <p className="doc-history__empty">The history could not be read: {history.error.message}</p>;
  if (history.data.length === 0) return <p className="doc-history__empty">No changes since import.</p>;
  return (
    <ol className="doc-history" aria-label="Changes to the details">
      {history.data.map((entry, index) => (
        <Entry key={`${entry.at}-${index}`} entry={entry} />
      ))}
    </ol>
  );
}
