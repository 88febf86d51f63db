// Tags as typed hooks: the list with counts (shared by filters, autocomplete and highlight
// colours) and the mutations, each of which refreshes tags and the notes that carry them.
import { useMemo } from 'react';
import type { Tag } from '../../../api/types.js';
import { useApi } from '../../api/workbench-client.js';
import { bump, useRevision } from '../../state/revisions.js';
import { useAsync, type AsyncState } from '../../state/use-async.js';

export function useTags(): AsyncState<Tag[]> {
  const api = useApi();
  const tags = useRevision('tags');
  const annotations = useRevision('annotations');
  return useAsync(() => api.listTags({}), [api, tags, annotations]);
}

/** Lower-cased tag name → colour, for painting highlights and chips. */
export function useTagColors(): Map<string, string> {
  const { value } = useTags();
  return useMemo(() => new Map((value ?? []).map((tag) => [tag.name.toLowerCase(), tag.color])), [value]);
}

export interface TagActions {
  create(name: string, color?: string): Promise<Tag>;
  rename(id: number, name: string): Promise<Tag>;
  recolor(id: number, color: string): Promise<Tag>;
  merge(sourceId: number, targetId: number): Promise<Tag>;
  remove(id: number): Promise<number>;
}

export function useTagActions(): TagActions {
  const api = useApi();
  return useMemo<TagActions>(() => {
    const changed = <T,>(value: T): T => {
      bump('tags', 'annotations');
      return value;
    };
    return {
      create: async (name, color) => changed(await api.createTag(color ? { name, color } : { name })),
      rename: async (id, name) => changed(await api.renameTag({ id, name })),
      recolor: async (id, color) => changed(await api.recolorTag({ id, color })),
      merge: async (sourceId, targetId) => changed(await api.mergeTags({ sourceId, targetId })),
      remove: async (id) => changed((await api.deleteTag({ id })).annotationsUntagged),
    };
  }, [api]);
}
