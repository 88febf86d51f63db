// Search results as one growing list: where each next page starts, how loaded pages join, and
// that the pages' cache entry follows the same invalidation rules as a one-page search.
import { describe, expect, it } from 'vitest';
import { joinPages, nextPageOffset } from '../../renderer/data/pages.js';
import { createQueryClient, invalidateTopics } from '../../renderer/data/query-client.js';
import { topicsRead } from '../../renderer/data/topics.js';

const hits = (...ids: number[]) => ids.map((id) => ({ id }));

describe('nextPageOffset', () => {
  it('starts the next page where the loaded ones end, until the total is reached', () => {
    expect(nextPageOffset({ total: 250, hits: hits(1, 2, 3) }, 0)).toBe(3);
    expect(nextPageOffset({ total: 250, hits: hits(...Array.from({ length: 100 }, (_, i) => i)) }, 100)).toBe(200);
    expect(nextPageOffset({ total: 250, hits: hits(...Array.from({ length: 50 }, (_, i) => i)) }, 200)).toBeUndefined();
  });

  it('ends the list at an empty page even if the total says more (the corpus shrank)', () => {
    expect(nextPageOffset({ total: 250, hits: [] }, 200)).toBeUndefined();
  });
});

describe('joinPages', () => {
  it('keeps every hit once, in page order, with the newest total', () => {
    const joined = joinPages([
      { query: 'q', total: 5, hits: hits(1, 2, 3) },
      // A document imported between the two loads shifted hit 3 onto the second page.
      { query: 'q', total: 6, hits: hits(3, 4, 5) },
    ]);
    expect(joined).toEqual({ query: 'q', total: 6, hits: hits(1, 2, 3, 4, 5) });
  });

  it('has nothing to join before the first page', () => {
    expect(joinPages([])).toBeUndefined();
  });
});

describe('the paged search in the cache', () => {
  const plain = ['search', { query: 'army', filters: {}, limit: 100 }, 'pages'] as const;
  const byTag = ['search', { query: 'army', filters: { tag: 'timeline' }, limit: 100 }, 'pages'] as const;

  it('reads what a one-page search reads', () => {
    expect(topicsRead(plain)).toEqual(['documents']);
    expect(topicsRead(byTag)).toContain('annotations');
  });

  it('is invalidated by an import, and a plain search not by a note', async () => {
    const client = createQueryClient();
    client.setQueryData(plain, { pages: [], pageParams: [] });
    client.setQueryData(byTag, { pages: [], pageParams: [] });
    await invalidateTopics(client, ['annotations']);
    expect(client.getQueryState(plain)?.isInvalidated).toBe(false);
    expect(client.getQueryState(byTag)?.isInvalidated).toBe(true);
    await invalidateTopics(client, ['documents']);
    expect(client.getQueryState(plain)?.isInvalidated).toBe(true);
  });
});
