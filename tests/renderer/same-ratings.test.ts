// What a highlight dialog's ratings add to its unsaved changes: only a difference that a save would
// store makes the dialog dirty (so Esc asks), not an untouched or restored set of ratings.
import { describe, expect, it } from 'vitest';
import { sameRatings } from '../../renderer/features/annotations/same-ratings.js';
import { NO_RATINGS } from '../../renderer/features/hypotheses/rating-draft.js';

describe('sameRatings', () => {
  it('treats no ratings and cleared ratings as the same', () => {
    expect(sameRatings(NO_RATINGS, NO_RATINGS)).toBe(true);
    expect(sameRatings({ 1: { consistency: null, relevance: 'medium' } }, NO_RATINGS)).toBe(true);
  });

  it('sees a new, changed or cleared rating', () => {
    const rated = { 1: { consistency: 'I', relevance: 'high' } } as const;
    expect(sameRatings(rated, NO_RATINGS)).toBe(false);
    expect(sameRatings(NO_RATINGS, rated)).toBe(false);
    expect(sameRatings({ 1: { consistency: 'I', relevance: 'low' } }, rated)).toBe(false);
    expect(sameRatings({ 1: { consistency: 'I', relevance: 'high' } }, rated)).toBe(true);
  });
});
