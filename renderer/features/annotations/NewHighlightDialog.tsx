// "New highlight": opened beside a fresh selection in the reader; saves the passage with its
// tags, note and assessments through createAnnotation, then its ratings against the hypotheses.
import { useId, useState } from 'react';
import type { Annotation, Tag } from '../../../api/types.js';
import { errorMessage } from '../../api/workbench-client.js';
import { Dialog, type Anchor } from '../../components/Dialog.js';
import { NO_RATINGS, ratingChanges, type RatingDraft } from '../hypotheses/rating-draft.js';
import { sameRatings } from './same-ratings.js';
import { RatingFields } from '../hypotheses/RatingFields.js';
import { useAchActions, useHypothesisList } from '../hypotheses/use-hypotheses.js';
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
  const id = useId();
  const hypotheses = useHypothesisList();
  const ach = useAchActions();
  const [ratings, setRatings] = useState<RatingDraft>(NO_RATINGS);

  const save = async (draft: HighlightDraft): Promise<void> => {
    setBusy(true);
    setError(null);
    let created: Annotation;
    try {
      created = await actions.create({ documentId: target.documentId, start: target.start, end: target.end, exact: target.exact, ...draft });
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
      return;
    }
    // The highlight is saved: a rating that fails now (its hypothesis deleted meanwhile) must not
    // keep the dialog open, or a second Save would highlight the passage twice.
    for (const change of ratingChanges(created.id, NO_RATINGS, ratings)) await ach.rate(change).catch(() => undefined);
    onCreated(created);
  };

  return (
    <Dialog title="New highlight" anchor={target.anchor} className="highlight-dialog" dirty={dirty || !sameRatings(ratings, NO_RATINGS)} onClose={onClose}>
      <HighlightForm
        quote={target.exact}
        initial={EMPTY_DRAFT}
        knownTags={knownTags}
        submitLabel="Save highlight"
        busy={busy}
        error={error}
        onSubmit={(draft) => void save(draft)}
        onDirtyChange={setDirty}
        extraFields={<RatingFields hypotheses={hypotheses.data ?? []} value={ratings} idPrefix={id} onChange={setRatings} />}
      />
    </Dialog>
  );
}
