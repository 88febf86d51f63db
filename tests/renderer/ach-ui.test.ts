// The pure parts of the Hypotheses UI: which ratings a highlight dialog's save sends, and the rows
// of the matrix (rated passages, highlights not rated yet, each sort order).
import { describe, expect, it } from 'vitest';
import type { AchRow, Annotation, DocumentSummary } from '../../api/types.js';
import { matrixRows } from '../../renderer/features/hypotheses/matrix-rows.js';
import { ratingChanges, ratingDraftOf } from '../../renderer/features/hypotheses/rating-draft.js';

describe('ratingChanges', () => {
  it('sends what is new or changed, and clears what was emptied', () => {
    const before = { 1: { consistency: 'C', relevance: 'medium' }, 2: { consistency: 'I', relevance: 'high' }, 3: { consistency: 'N', relevance: 'low' } } as const;
    const after = {
      1: { consistency: 'C', relevance: 'medium' },
      2: { consistency: 'I', relevance: 'low' },
      3: { consistency: null, relevance: 'low' },
      4: { consistency: 'II', relevance: 'medium' },
    } as const;
    expect(ratingChanges('a', before, after)).toEqual([
      { annotationId: 'a', hypothesisId: 2, consistency: 'I', relevance: 'low' },
      { annotationId: 'a', hypothesisId: 3, consistency: null },
      { annotationId: 'a', hypothesisId: 4, consistency: 'II', relevance: 'medium' },
    ]);
  });

  it('sends nothing for a hypothesis left unrated', () => {
    expect(ratingChanges('a', {}, { 5: { consistency: null, relevance: 'medium' } })).toEqual([]);
  });

  it('reads only this analyst’s ratings back', () => {
    const draft = ratingDraftOf([
      { annotationId: 'a', hypothesisId: 1, rater: '', consistency: 'CC', relevance: 'high', reason: '', updatedAt: '' },
      { annotationId: 'a', hypothesisId: 2, rater: 'Second analyst', consistency: 'II', relevance: 'low', reason: '', updatedAt: '' },
    ]);
    expect(draft).toEqual({ 1: { consistency: 'CC', relevance: 'high' } });
  });
});

function row(id: string, fields: Partial<AchRow>): AchRow {
  return {
    annotationId: id,
    documentId: 1,
    exact: id,
    title: 'T',
    source: null,
    date: null,
    pages: null,
    reliability: null,
    credibility: null,
    weight: 1,
    ratings: {},
    diagnosticity: null,
    reports: 1,
    independentSources: 1,
    others: {},
    disagreements: [],
    ...fields,
  };
}

describe('matrixRows', () => {
  const rated = [
    row('flat', { diagnosticity: 'none', date: '2022-03-01', weight: 0.5 }),
    row('sharp', { diagnosticity: 'high', date: null, weight: 1.41 }),
    row('mid', { diagnosticity: 'medium', date: '2022-01-01', weight: 1 }),
  ];

  it('keeps the core order, or sorts by diagnosticity, date (undated last) or grade', () => {
    expect(matrixRows(rated, undefined, undefined, 'document').map((r) => r.annotationId)).toEqual(['flat', 'sharp', 'mid']);
    expect(matrixRows(rated, undefined, undefined, 'diagnosticity').map((r) => r.annotationId)).toEqual(['sharp', 'mid', 'flat']);
    expect(matrixRows(rated, undefined, undefined, 'date').map((r) => r.annotationId)).toEqual(['mid', 'flat', 'sharp']);
    expect(matrixRows(rated, undefined, undefined, 'grade').map((r) => r.annotationId)).toEqual(['sharp', 'mid', 'flat']);
  });

  it('adds the highlights not rated yet, cited from their documents', () => {
    const annotation = { id: 'new', documentId: 7, exact: 'a new passage', reliability: 'B', credibility: null } as Annotation;
    const documents = [{ id: 7, title: 'Wire report', source: 'Wire', date: '2022-02-10' }] as DocumentSummary[];
    const rows = matrixRows(rated, [annotation, { ...annotation, id: 'flat' }], documents, 'document');
    expect(rows.map((r) => r.annotationId)).toEqual(['flat', 'sharp', 'mid', 'new']);
    expect(rows[3]).toMatchObject({ title: 'Wire report', source: 'Wire', date: '2022-02-10', reliability: 'B', ratings: {} });
  });
});
