// Tags as typed hooks: the list with counts (one query shared by filters, autocomplete and
// highlight colours) and the mutations. A new colour shows at once, before the core confirms.
import { useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Tag } from '../../../api/types.js';
import { queryKey, useWorkbenchMutation, useWorkbenchQuery } from '../../data/workbench-hooks.js';

export function useTags(): UseQueryResult<Tag[]> {
  return useWorkbenchQuery('listTags', {});
}

export interface TagActions {
  create(name: string, color?: string): Promise<Tag>;
  rename(id: number, name: string): Promise<Tag>;
  recolor(id: number, color: string): Promise<Tag>;
  merge(sourceId: number, targetId: number): Promise<Tag>;
  remove(id: number): Promise<number>;
}

export function useTagActions(): TagActions {
  const client = useQueryClient();
  const { mutateAsync: create } = useWorkbenchMutation('createTag');
  const { mutateAsync: rename } = useWorkbenchMutation('renameTag');
  const { mutateAsync: merge } = useWorkbenchMutation('mergeTags');
  const { mutateAsync: remove } = useWorkbenchMutation('deleteTag');
  const { mutateAsync: recolor } = useWorkbenchMutation('recolorTag', {
    onMutate: async ({ id, color }) => {
      const key = queryKey('listTags', {});
      await client.cancelQueries({ queryKey: key });
      const before = client.getQueryData<Tag[]>(key);
      if (before)
        client.setQueryData(
          key,
          before.map((tag) => (tag.id === id ? { ...tag, color } : tag)),
        );
      return before;
    },
    onError: (_error, _input, before) => {
      if (before) client.setQueryData(queryKey('listTags', {}), before);
    },
  });
  return useMemo<TagActions>(
    () => ({
      create: (name, color) => create(color ? { name, color } : { name }),
      rename: (id, name) => rename({ id, name }),
      recolor: (id, color) => recolor({ id, color }),
      merge: (sourceId, targetId) => merge({ sourceId, targetId }),
      remove: async (id) => (await remove({ id })).annotationsUntagged,
    }),
    [create, rename, recolor, merge, remove],
  );
}
