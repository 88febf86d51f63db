// "Edit highlight": change a highlight's tags, note, assessments and ratings against the hypotheses,
// see and link its echoes in other documents, or delete it after a confirmation. Its history is kept by the core either way.
import { useId, useMemo, useState } from 'react';
import type { Annotation, Tag } from '../../../api/types.js';
import { errorMessage } from '../../api/workbench-client.js';
import { ConfirmInline } from '../../components/ConfirmInline.js';
import { Dialog, type Anchor } from '../../components/Dialog.js';
import { NO_RATINGS, ratingChanges, ratingDraftOf, type RatingDraft } from '../hypotheses/rating-draft.js';
import { RatingFields } from '../hypotheses/RatingFields.js';
import { sameRatings } from './same-ratings.js';
import { RelatedPassages } from '../hypotheses/RelatedPassages.js';
import { useAchActions, useHypothesisList, useRatingsOf } from '../hypotheses/use-hypotheses.js';
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
  const id = useId();
  const hypotheses = useHypothesisList();
  const stored = useRatingsOf(annotation.id);
  const ach = useAchActions();
  const before = useMemo(() => (stored.data ? ratingDraftOf(stored.data) : null), [stored.data]);
  const [ratings, setRatings] = useState<RatingDraft | null>(null);

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

  const save = (draft: HighlightDraft): Promise<void> =>
    run(async () => {
      await actions.update({ id: annotation.id, ...draft });
      for (const change of ratingChanges(annotation.id, before ?? NO_RATINGS, ratings ?? before ?? NO_RATINGS)) await ach.rate(change);
    });

  return (
    <Dialog
      title="Edit highlight"
      anchor={anchor}
      className="highlight-dialog"
      dirty={dirty || (ratings !== null && !sameRatings(ratings, before ?? NO_RATINGS))}
      closeOnOutsideClick={!confirming}
      onClose={onClose}
    >
      <HighlightForm
        quote={annotation.exact}
        initial={draftOf(annotation)}
        knownTags={knownTags}
        submitLabel="Save changes"
        busy={busy}
        error={error}
        onSubmit={(draft) => void save(draft)}
        onDirtyChange={setDirty}
        extraFields={<RatingFields hypotheses={hypotheses.data ?? []} value={ratings ?? before ?? NO_RATINGS} idPrefix={id} onChange={setRatings} />}
        extraActions={
          <button type="button" className="button button--danger-quiet" disabled={busy || confirming} onClick={() => setConfirming(true)}>
            Delete highlight
          </button>
        }
      />
      <RelatedPassages annotationId={annotation.id} />
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
