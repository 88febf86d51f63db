// Paged reads (search) as one growing list: where the next page starts, and the loaded pages
// joined. Pure, so the rules are tested without a page.

export interface Page<T extends { id: number }> {
  total: number;
  hits: T[];
}

/** The offset of the page after `last` (loaded at `offset`), or undefined when the list is whole. An
 * empty page ends the list even if the total says more: the corpus shrank under the reader. */
export function nextPageOffset(last: Page<{ id: number }>, offset: number): number | undefined {
  const end = offset + last.hits.length;
  return last.hits.length > 0 && end < last.total ? end : undefined;
}

/**
 * The loaded pages as one: the newest total, and each hit once even if a write between two pages
 * shifted the ranking (the invalidation that write causes then reloads every page).
 */
export function joinPages<T extends { id: number }, P extends Page<T>>(pages: readonly P[]): (Omit<P, 'hits'> & { hits: T[] }) | undefined {
  const last = pages[pages.length - 1];
  if (!last) return undefined;
  const seen = new Set<number>();
  const hits: T[] = [];
  for (const page of pages) {
    for (const hit of page.hits) {
      if (seen.has(hit.id)) continue;
      seen.add(hit.id);
      hits.push(hit);
    }
  }
  return { ...last, hits };
}
