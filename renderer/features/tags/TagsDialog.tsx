// "Manage tags": every tag with its count, renamed, recoloured, merged or deleted in place, and
// new tags added. Failures (e.g. a name already taken) show the core's message as an alert.
import { useState } from 'react';
import { errorMessage } from '../../api/workbench-client.js';
import { Dialog } from '../../components/Dialog.js';
import { EmptyState, ErrorAlert, Loading } from '../../components/Feedback.js';
import { TagRow } from './TagRow.js';
import { useTagActions, useTags } from './use-tags.js';
import { useReportedAction } from '../../state/use-reported-action.js';
import { UndoNotice } from '../undo/UndoNotice.js';

export function TagsDialog({ onClose }: { onClose: () => void }) {
  const tags = useTags();
  const actions = useTagActions();
  const { error, status, run } = useReportedAction();
  const [newName, setNewName] = useState('');

  const list = tags.data ?? [];
  return (
    <Dialog title="Tags" className="tags-dialog" dirty={newName.trim() !== ''} onClose={onClose}>
      {error ? <ErrorAlert message={error} /> : null}
      <UndoNotice />
      <p className="tags-dialog__status" role="status">
        {status}
      </p>
      {tags.isError ? (
        <ErrorAlert message={errorMessage(tags.error)} onRetry={() => void tags.refetch()} />
      ) : !tags.data ? (
        <Loading label="Loading tags…" />
      ) : list.length === 0 ? (
        <EmptyState title="No tags yet">Tags you add to highlights appear here.</EmptyState>
      ) : (
        <ul className="tag-rows">
          {list.map((tag) => (
            <TagRow key={tag.id} tag={tag} others={list.filter((t) => t.id !== tag.id)} actions={actions} run={run} />
          ))}
        </ul>
      )}
      <form
        className="tags-dialog__new"
        onSubmit={(event) => {
          event.preventDefault();
          const name = newName.trim();
          if (name) void run(() => actions.create(name), `Added “${name}”.`).then((ok) => ok && setNewName(''));
        }}
      >
        <label htmlFor="new-tag-name">New tag</label>
        <input id="new-tag-name" type="text" value={newName} onChange={(e) => setNewName(e.target.value)} autoComplete="off" />
        <button type="submit" className="button button--small">
          Add tag
        </button>
      </form>
    </Dialog>
  );
}
