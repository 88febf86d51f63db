// Whether two rating drafts would store the same ratings: what a highlight dialog's ratings add to
// its "unsaved changes". Pure.
import { ratingChanges, type RatingDraft } from '../hypotheses/rating-draft.js';

export function sameRatings(a: RatingDraft, b: RatingDraft): boolean {
  return ratingChanges('', b, a).length === 0;
}
