// Highlights as typed hooks: a filtered list shared by every pane that asks for it, one
// highlight's history, and create / update / delete. Saves show at once: a new highlight joins its
// document's list with the core's answer, an edit or a deletion is shown before the core confirms
// (and undone if it refuses); each write then refreshes what it changed, once.
import { useQueryClient, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { Annotation, AnnotationFilter, AnnotationHistoryEntry } from '../../../api/types.js';
import type { CreateAnnotationInput, UpdateAnnotationInput } from '../../../api/workbench-api.js';
import { cachedAnswers, useWorkbenchMutation, useWorkbenchQuery, type WorkbenchQueryKey } from '../../data/workbench-hooks.js';

export function useAnnotations(filter: AnnotationFilter, enabled = true): UseQueryResult<Annotation[]> {
  return useWorkbenchQuery('listAnnotations', filter, { enabled });
}

export function useAnnotationHistory(id: string): UseQueryResult<AnnotationHistoryEntry[]> {
  return useWorkbenchQuery('getAnnotationHistory', { id });
}

/** Sets a highlight back to an entry of its history (undoable like any edit). */
export function useRestoreVersion(): (id: string, version: number) => Promise<Annotation> {
  const { mutateAsync } = useWorkbenchMutation('restoreAnnotationVersion');
  return useCallback((id, version) => mutateAsync({ id, version }), [mutateAsync]);
}

export interface AnnotationActions {
  create(input: CreateAnnotationInput): Promise<Annotation>;
  update(input: UpdateAnnotationInput): Promise<Annotation>;
  remove(id: string): Promise<void>;
}

type Lists = [WorkbenchQueryKey<'listAnnotations'>, Annotation[] | undefined][];

/** Rewrites every cached annotation list; returns the lists as they were, to undo. */
async function rewriteLists(client: QueryClient, change: (list: Annotation[], filter: AnnotationFilter) => Annotation[]): Promise<Lists> {
  // A load already under way would land on top of the change with older data.
  await client.cancelQueries({ queryKey: ['listAnnotations'] });
  const before = cachedAnswers(client, 'listAnnotations');
  for (const [key, list] of before) if (list) client.setQueryData(key, change(list, key[1]));
  return before;
}

function restoreLists(client: QueryClient, lists: Lists | undefined): void {
  for (const [key, list] of lists ?? []) client.setQueryData(key, list);
}

/** The core's order: by document, then start, then creation. */
function inDocumentOrder(list: Annotation[], added: Annotation): Annotation[] {
  const at = list.findIndex((a) => a.documentId > added.documentId || (a.documentId === added.documentId && a.start > added.start));
  return at === -1 ? [...list, added] : [...list.slice(0, at), added, ...list.slice(at)];
}

/** Only a document's unfiltered list surely holds a new highlight; filtered lists wait for the refresh. */
function listsWholeDocument(filter: AnnotationFilter, documentId: number): boolean {
  return filter.documentId === documentId && Object.values(filter).filter((value) => value !== undefined).length === 1;
}

function patched(annotation: Annotation, input: UpdateAnnotationInput): Annotation {
  return {
    ...annotation,
    ...(input.note === undefined ? {} : { note: input.note }),
    ...(input.tags === undefined ? {} : { tags: input.tags }),
    ...(input.reliability === undefined ? {} : { reliability: input.reliability }),
    ...(input.credibility === undefined ? {} : { credibility: input.credibility }),
    ...(input.probability === undefined ? {} : { probability: input.probability }),
    ...(input.confidence === undefined ? {} : { confidence: input.confidence }),
  };
}

export function useAnnotationActions(): AnnotationActions {
  const client = useQueryClient();
  const create = useWorkbenchMutation('createAnnotation', {
    onSuccess: (created) => {
      for (const [key, list] of cachedAnswers(client, 'listAnnotations')) {
        if (list && listsWholeDocument(key[1], created.documentId)) client.setQueryData(key, inDocumentOrder(list, created));
      }
    },
  });
  const update = useWorkbenchMutation('updateAnnotation', {
    onMutate: (input) => rewriteLists(client, (list) => list.map((a) => (a.id === input.id ? patched(a, input) : a))),
    onError: (_error, _input, before) => restoreLists(client, before),
    onSuccess: (updated) => {
      for (const [key, list] of cachedAnswers(client, 'listAnnotations')) {
        if (list?.some((a) => a.id === updated.id))
          client.setQueryData(
            key,
            list.map((a) => (a.id === updated.id ? updated : a)),
          );
      }
    },
  });
  const remove = useWorkbenchMutation('deleteAnnotation', {
    onMutate: ({ id }) => rewriteLists(client, (list) => list.filter((a) => a.id !== id)),
    onError: (_error, _input, before) => restoreLists(client, before),
  });
  const { mutateAsync: createAsync } = create;
  const { mutateAsync: updateAsync } = update;
  const { mutateAsync: removeAsync } = remove;
  return useMemo<AnnotationActions>(
    () => ({
      create: (input) => createAsync(input),
      update: (input) => updateAsync(input),
      remove: async (id) => {
        await removeAsync({ id });
      },
    }),
    [createAsync, updateAsync, removeAsync],
  );
}
