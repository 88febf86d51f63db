// "Edit highlight": change a highlight's tags, note and assessments, or delete it after a
// confirmation. Its history is kept by the core either way.
import { useState } from 'react';
import type { Annotation, Tag } from '../../../api/types.js';
import { errorMessage } from '../../api/workbench-client.js';
import { ConfirmInline } from '../../components/ConfirmInline.js';
import { Dialog, type Anchor } from '../../components/Dialog.js';
import { HighlightForm } from './HighlightForm.js';
import { draftOf, type HighlightDraft } from './highlight-draft.js';
import { useAnnotationActions } from './use-annotations.js';

interface EditHighlightDialogProps {
  annotation: Annotation;
  anchor?: Anchor;
  knownTags: Tag[];
  onClose: () => void;
}

export function EditHighlightDialog({ annotation, anchor, knownTags, onClose }: EditHighlightDialogProps) {
  const actions = useAnnotationActions();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const run = async (action: () => Promise<unknown>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await action();
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
      setConfirming(false);
    }
  };

  const save = (draft: HighlightDraft): Promise<void> => run(() => actions.update({ id: annotation.id, ...draft }));

  return (
    <Dialog title="Edit highlight" anchor={anchor} className="highlight-dialog" closeOnOutsideClick={!dirty && !confirming} onClose={onClose}>
      <HighlightForm
        quote={annotation.exact}
        initial={draftOf(annotation)}
        knownTags={knownTags}
        submitLabel="Save changes"
        busy={busy}
        error={error}
        onSubmit={(draft) => void save(draft)}
        onDirtyChange={setDirty}
        extraActions={
          <button type="button" className="button button--danger-quiet" disabled={busy || confirming} onClick={() => setConfirming(true)}>
            Delete highlight
          </button>
        }
      />
      {confirming ? (
        <ConfirmInline
          message="Delete this highlight? Its note and assessments go with it; its history is kept."
          busy={busy}
          onConfirm={() => void run(() => actions.remove(annotation.id))}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </Dialog>
  );
}
