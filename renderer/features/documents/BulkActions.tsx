// What the analyst can do to the selected documents at once: add or remove a document tag, set a
// detail (source, author, language, date), export their notes, or remove them after a
// confirmation that says how many documents and highlights go.
import { useId, useState, type FormEvent } from 'react';
import type { Tag } from '../../../api/types.js';
import { errorMessage } from '../../api/workbench-client.js';
import { ConfirmInline } from '../../components/ConfirmInline.js';
import { ErrorAlert } from '../../components/Feedback.js';
import { plural } from '../../lib/format.js';
import { BulkDetailForm } from './BulkDetailForm.js';
import { useBulkDocumentActions } from './use-document-browser.js';

interface BulkActionsProps {
  ids: readonly number[];
  /** Highlights on the selected documents, when every one of them is known (loaded rows). */
  highlights: number | null;
  tags: Tag[];
  onDone: (message: string) => void;
  onRemoved: (ids: readonly number[], message: string) => void;
  onExport: (ids: readonly number[]) => void;
}

function removalMessage(count: number, highlights: number | null): string {
  const what = plural(count, 'document');
  const lost =
    highlights === null
      ? 'their highlights, notes and document tags'
      : highlights === 0
        ? 'their notes and document tags (they have no highlights)'
        : `their ${plural(highlights, 'highlight')}, notes and document tags`;
  return `Remove ${what}? This removes ${lost} from the workspace; the highlights' history is kept.`;
}

export function BulkActions({ ids, highlights, tags, onDone, onRemoved, onExport }: BulkActionsProps) {
  const { update, remove, busy } = useBulkDocumentActions();
  const [tag, setTag] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const tagListId = useId();
  const count = ids.length;
  const none = count === 0;
  const what = plural(count, 'document');

  const run = async (work: () => Promise<string>): Promise<void> => {
    setError(null);
    try {
      onDone(await work());
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const changeTag = (mode: 'add' | 'remove') => (event?: FormEvent) => {
    event?.preventDefault();
    const name = tag.trim();
    if (name === '' || none) return;
    void run(async () => {
      const { updated } = await update({ ids: [...ids], ...(mode === 'add' ? { addTags: [name] } : { removeTags: [name] }) });
      setTag('');
      return mode === 'add' ? `Tag “${name}” added to ${plural(updated, 'document')}.` : `Tag “${name}” removed from ${plural(updated, 'document')}.`;
    });
  };

  const confirmRemoval = async (): Promise<void> => {
    setError(null);
    try {
      const removed = await remove({ ids: [...ids] });
      setConfirming(false);
      onRemoved(ids, `Removed ${plural(removed.deleted, 'document')} and ${plural(removed.annotationsDeleted, 'highlight')}.`);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <section className="doc-actions" aria-label="Selected documents">
      <form className="doc-actions__group" onSubmit={changeTag('add')}>
        <div className="field">
          <label htmlFor={`${tagListId}-tag`}>Tag to add or remove</label>
          <input id={`${tagListId}-tag`} list={tagListId} value={tag} autoComplete="off" onChange={(e) => setTag(e.target.value)} />
          <datalist id={tagListId}>
            {tags.map((t) => (
              <option key={t.id} value={t.name} />
            ))}
          </datalist>
        </div>
        <button type="submit" className="button" disabled={none || busy || tag.trim() === ''}>
          Add tag
        </button>
        <button type="button" className="button" disabled={none || busy || tag.trim() === ''} onClick={() => changeTag('remove')()}>
          Remove tag
        </button>
      </form>
      <BulkDetailForm count={count} busy={busy} onSet={async (set) => (await update({ ids: [...ids], set })).updated} run={run} />
      <div className="doc-actions__group">
        <button type="button" className="button" disabled={none} onClick={() => onExport(ids)}>
          Export notes…
        </button>
        <button type="button" className="button button--danger-quiet" disabled={none || busy} onClick={() => setConfirming(true)}>
          Remove…
        </button>
      </div>
      {confirming && !none ? (
        <ConfirmInline
          message={removalMessage(count, highlights)}
          confirmLabel={`Yes, remove ${what}`}
          busy={busy}
          onConfirm={() => void confirmRemoval()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      {error ? <ErrorAlert message={error} /> : null}
    </section>
  );
}
