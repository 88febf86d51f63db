// A highlight's ratings as its dialog holds them (one per hypothesis, consistency null for "not
// rated"), read from the stored ratings, and the changes a save must make. Pure.
import type { Consistency, Relevance } from '../../../api/ach.js';
import type { Rating } from '../../../api/types.js';
import type { RatingChange } from './use-hypotheses.js';

export type RatingDraft = Readonly<Record<number, { consistency: Consistency | null; relevance: Relevance }>>;

export const NO_RATINGS: RatingDraft = {};

/** This analyst's ratings (rater ''), keyed by hypothesis. */
export function ratingDraftOf(ratings: readonly Rating[]): RatingDraft {
  const draft: Record<number, { consistency: Consistency | null; relevance: Relevance }> = {};
  for (const rating of ratings) if (rating.rater === '') draft[rating.hypothesisId] = { consistency: rating.consistency, relevance: rating.relevance };
  return draft;
}

/** What to send so that the stored ratings become `after`: set or changed cells, and cleared ones. */
export function ratingChanges(annotationId: string, before: RatingDraft, after: RatingDraft): RatingChange[] {
  const changes: RatingChange[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const id = Number(key);
    const was = before[id];
    const now = after[id];
    const wasSet = was?.consistency ?? null;
    const nowSet = now?.consistency ?? null;
    if (nowSet === null) {
      if (wasSet !== null) changes.push({ annotationId, hypothesisId: id, consistency: null });
    } else if (nowSet !== wasSet || now?.relevance !== was?.relevance) {
      changes.push({ annotationId, hypothesisId: id, consistency: nowSet, relevance: now?.relevance ?? 'medium' });
    }
  }
  return changes;
}
