// Highlights as typed hooks: a filtered list that follows every change, the create / update /
// delete actions, and one highlight's history.
import { useMemo } from 'react';
import type { Annotation, AnnotationFilter, AnnotationHistoryEntry } from '../../../api/types.js';
import type { CreateAnnotationInput, UpdateAnnotationInput } from '../../../api/workbench-api.js';
import { useApi } from '../../api/workbench-client.js';
import { bump, useRevision } from '../../state/revisions.js';
import { useAsync, type AsyncState } from '../../state/use-async.js';

export function useAnnotations(filter: AnnotationFilter, enabled = true): AsyncState<Annotation[]> {
  const api = useApi();
  const annotations = useRevision('annotations');
  const documents = useRevision('documents');
  const key = JSON.stringify(filter);
  return useAsync(() => api.listAnnotations(filter), [api, key, annotations, documents], enabled);
}

export interface AnnotationActions {
  create(input: CreateAnnotationInput): Promise<Annotation>;
  update(input: UpdateAnnotationInput): Promise<Annotation>;
  remove(id: string): Promise<void>;
}

export function useAnnotationActions(): AnnotationActions {
  const api = useApi();
  return useMemo<AnnotationActions>(
    () => ({
      create: async (input) => {
        const created = await api.createAnnotation(input);
        bump('annotations', 'tags');
        return created;
      },
      update: async (input) => {
        const updated = await api.updateAnnotation(input);
        bump('annotations', 'tags');
        return updated;
      },
      remove: async (id) => {
        await api.deleteAnnotation({ id });
        bump('annotations', 'tags');
      },
    }),
    [api],
  );
}

export function useAnnotationHistory(id: string): AsyncState<AnnotationHistoryEntry[]> {
  const api = useApi();
  const annotations = useRevision('annotations');
  return useAsync(() => api.getAnnotationHistory({ id }), [api, id, annotations]);
}
