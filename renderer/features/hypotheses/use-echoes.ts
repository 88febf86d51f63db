// Echoes as typed hooks: the passages elsewhere that report what a highlight reports (read only
// while shown), and confirming one as the same claim.
import type { UseQueryResult } from '@tanstack/react-query';
import type { RelatedPassage } from '../../../api/types.js';
import type { MethodInput, MethodOutput } from '../../../api/workbench-api.js';
import { useWorkbenchMutation, useWorkbenchQuery } from '../../data/workbench-hooks.js';

export function useRelatedPassages(annotationId: string, enabled: boolean): UseQueryResult<RelatedPassage[]> {
  return useWorkbenchQuery('relatedPassages', { annotationId }, { enabled });
}

export function useConfirmSameClaim(): (input: MethodInput<'confirmSameClaim'>) => Promise<MethodOutput<'confirmSameClaim'>> {
  return useWorkbenchMutation('confirmSameClaim').mutateAsync;
}
