// ACH as typed hooks: the matrix with its scores (one shared query), every highlight (for rows not
// rated yet), one highlight's ratings, and the writes: question, hypotheses and ratings.
import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Consistency, Relevance } from '../../../api/ach.js';
import type { Ach, Annotation, Hypothesis, Rating } from '../../../api/types.js';
import { useWorkbenchMutation, useWorkbenchQuery } from '../../data/workbench-hooks.js';

export function useAch(): UseQueryResult<Ach> {
  return useWorkbenchQuery('getAch', {});
}

export function useHypothesisList(): UseQueryResult<Hypothesis[]> {
  return useWorkbenchQuery('listHypotheses', {});
}

/** Every highlight, for the rows the analyst has not rated yet; read only while wanted. */
export function useAllHighlights(enabled: boolean): UseQueryResult<Annotation[]> {
  return useWorkbenchQuery('listAnnotations', {}, { enabled });
}

export function useRatingsOf(annotationId: string | null): UseQueryResult<Rating[]> {
  return useWorkbenchQuery('listRatings', { annotationId: annotationId ?? '' }, { enabled: annotationId !== null });
}

export interface RatingChange {
  annotationId: string;
  hypothesisId: number;
  consistency: Consistency | null;
  relevance?: Relevance;
}

export interface AchActions {
  setQuestion(question: string): Promise<unknown>;
  add(statement: string): Promise<Hypothesis>;
  edit(id: number, change: { statement?: string; note?: string; position?: number }): Promise<Hypothesis>;
  remove(id: number): Promise<number>;
  rate(change: RatingChange): Promise<Rating | null>;
}

export function useAchActions(): AchActions {
  const { mutateAsync: setQuestion } = useWorkbenchMutation('setQuestion');
  const { mutateAsync: create } = useWorkbenchMutation('createHypothesis');
  const { mutateAsync: update } = useWorkbenchMutation('updateHypothesis');
  const { mutateAsync: remove } = useWorkbenchMutation('deleteHypothesis');
  const { mutateAsync: rate } = useWorkbenchMutation('rate');
  return useMemo<AchActions>(
    () => ({
      setQuestion: (question) => setQuestion({ question }),
      add: (statement) => create({ statement }),
      edit: (id, change) => update({ id, ...change }),
      remove: async (id) => (await remove({ id })).ratingsDeleted,
      rate: ({ annotationId, hypothesisId, consistency, relevance }) =>
        rate({ annotationId, hypothesisId, consistency, ...(relevance === undefined ? {} : { relevance }) }),
    }),
    [setQuestion, create, update, remove, rate],
  );
}
