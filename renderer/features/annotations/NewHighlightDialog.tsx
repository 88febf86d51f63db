// "New highlight": opened beside a fresh selection in the reader; saves the passage with its
// tags, note and assessments through createAnnotation.
import { useState } from 'react';
import type { Annotation, Tag } from '../../../api/types.js';
import { errorMessage } from '../../api/workbench-client.js';
import { Dialog, type Anchor } from '../../components/Dialog.js';
import { HighlightForm } from './HighlightForm.js';
import { EMPTY_DRAFT, type HighlightDraft } from './highlight-draft.js';
import { useAnnotationActions } from './use-annotations.js';

export interface NewHighlightTarget {
  documentId: number;
  start: number;
  end: number;
  exact: string;
  anchor: Anchor;
}

interface NewHighlightDialogProps {
  target: NewHighlightTarget;
  knownTags: Tag[];
  onClose: () => void;
  onCreated: (annotation: Annotation) => void;
}

export function NewHighlightDialog({ target, knownTags, onClose, onCreated }: NewHighlightDialogProps) {
  const actions = useAnnotationActions();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);

  const save = async (draft: HighlightDraft): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const created = await actions.create({ documentId: target.documentId, start: target.start, end: target.end, exact: target.exact, ...draft });
      onCreated(created);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <Dialog title="New highlight" anchor={target.anchor} className="highlight-dialog" closeOnOutsideClick={!dirty} onClose={onClose}>
      <HighlightForm
        quote={target.exact}
        initial={EMPTY_DRAFT}
        knownTags={knownTags}
        submitLabel="Save highlight"
        busy={busy}
        error={error}
        onSubmit={(draft) => void save(draft)}
        onDirtyChange={setDirty}
      />
    </Dialog>
  );
}
