// The UI cache's invalidation table: a write marks stale exactly the cached answers that read what
// it changed, a plain search ignores notes, and a `changed` event leaves to our own write under
// way the topics that write will refresh anyway.
import { describe, expect, it } from 'vitest';
import { applyChange, createQueryClient } from '../../renderer/data/query-client.js';
import { CHANGES, QUERY_METHODS, topicsRead } from '../../renderer/data/topics.js';
import { CHANGE_TOPICS } from '../../api/transport.js';
import { WORKBENCH_METHODS } from '../../api/workbench-api.js';

const KEYS = {
  info: ['getWorkspaceInfo', {}],
  document: ['getDocument', { id: 3 }],
  notes: ['listAnnotations', { documentId: 3 }],
  tags: ['listTags', {}],
  facets: ['listFacets', {}],
  plainSearch: ['search', { query: 'army', filters: {}, limit: 50 }],
  tagSearch: ['search', { query: 'army', filters: { tag: 'timeline' }, limit: 50 }],
  noteSearch: ['search', { query: 'note:gate', filters: {}, limit: 50 }],
} as const;

function seeded(): ReturnType<typeof createQueryClient> {
  const client = createQueryClient();
  for (const key of Object.values(KEYS)) client.setQueryData(key, { seeded: true });
  return client;
}

function invalidated(client: ReturnType<typeof createQueryClient>): string[] {
  return Object.entries(KEYS)
    .filter(([, key]) => client.getQueryState(key)?.isInvalidated)
    .map(([name]) => name)
    .sort();
}

async function write(client: ReturnType<typeof createQueryClient>, method: string, fail = false): Promise<void> {
  const mutation = client.getMutationCache().build(client, {
    mutationKey: [method],
    mutationFn: () => (fail ? Promise.reject(new Error('refused')) : Promise.resolve({})),
  });
  await mutation.execute({}).catch(() => undefined);
}

describe('the invalidation table', () => {
  it('names every method of the contract once, as a query or as a write', () => {
    const writes = Object.keys(CHANGES);
    expect([...QUERY_METHODS, ...writes].sort()).toEqual([...WORKBENCH_METHODS].sort());
    for (const topics of Object.values(CHANGES)) for (const topic of topics) expect(CHANGE_TOPICS).toContain(topic);
  });

  it('lets a plain search ignore notes and tags, but not one that asks for them', () => {
    expect(topicsRead(KEYS.plainSearch)).toEqual(['documents']);
    expect(topicsRead(KEYS.tagSearch)).toContain('annotations');
    expect(topicsRead(KEYS.noteSearch)).toContain('annotations');
    expect(topicsRead(['notAMethod', {}])).toEqual([]);
  });
});

describe('a write', () => {
  it('saving a highlight marks stale the notes, tags, counts and note-aware searches only', async () => {
    const client = seeded();
    await write(client, 'createAnnotation');
    expect(invalidated(client)).toEqual(['info', 'noteSearch', 'notes', 'tagSearch', 'tags']);
  });

  it('an import marks stale what reads documents, not the tags', async () => {
    const client = seeded();
    await write(client, 'importFiles');
    expect(invalidated(client)).toEqual(['document', 'facets', 'info', 'noteSearch', 'notes', 'plainSearch', 'tagSearch']);
  });

  it('a recolour touches the tags alone', async () => {
    const client = seeded();
    await write(client, 'recolorTag');
    expect(invalidated(client)).toEqual(['info', 'noteSearch', 'tagSearch', 'tags']);
  });

  it('a refused write reads the truth again too (an optimistic update may have shown it)', async () => {
    const client = seeded();
    await write(client, 'deleteAnnotation', true);
    expect(invalidated(client)).toContain('notes');
  });
});

describe('a change made elsewhere', () => {
  it('marks stale what reads the topics it names', async () => {
    const client = seeded();
    await applyChange(client, ['documents']);
    expect(invalidated(client)).toEqual(['document', 'facets', 'info', 'noteSearch', 'notes', 'plainSearch', 'tagSearch']);
  });

  it('drops the echo of our own write once, and hears the next change of the same kind', async () => {
    const client = seeded();
    await write(client, 'createAnnotation');
    const calls: unknown[] = [];
    const invalidate = client.invalidateQueries.bind(client);
    client.invalidateQueries = (...args: Parameters<typeof invalidate>) => {
      calls.push(args[0]);
      return invalidate(...args);
    };
    // The watcher names documents too: notes and tag names live in the search index.
    await applyChange(client, ['documents', 'annotations', 'tags']);
    expect(calls).toHaveLength(0);
    await applyChange(client, ['annotations']);
    expect(calls).toHaveLength(1);
    // A change that names more than our write did is someone else's too.
    await write(client, 'recolorTag');
    const before = calls.length;
    await applyChange(client, ['tags', 'documents']);
    expect(calls.length - before).toBe(1);
  });

  it('leaves to our own write under way the topics it will refresh when it settles', async () => {
    const client = seeded();
    let finish: (value: unknown) => void = () => undefined;
    const mutation = client.getMutationCache().build(client, { mutationKey: ['createAnnotation'], mutationFn: () => new Promise((resolve) => (finish = resolve)) });
    const running = mutation.execute({});
    await applyChange(client, ['annotations', 'tags']);
    expect(invalidated(client)).toEqual([]);
    finish({});
    await running;
    expect(invalidated(client)).toEqual(['info', 'noteSearch', 'notes', 'tagSearch', 'tags']);
  });
});
