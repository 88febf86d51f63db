// Search and its filter menus as typed hooks: results follow the committed query and filters, a
// page at a time as the list scrolls (the last results stay up while the next query loads);
// facets follow imports.
import type { InfiniteData, UseInfiniteQueryResult, UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { SearchFilters, SearchResult } from '../../../api/types.js';
import type { MethodOutput } from '../../../api/workbench-api.js';
import { joinPages } from '../../data/pages.js';
import { useWorkbenchPages, useWorkbenchQuery } from '../../data/workbench-hooks.js';

/** Hits per call: the first page shows at once, the next ones load as the list nears its end. */
export const SEARCH_PAGE = 100;

export interface SearchRequest {
  query: string;
  filters: SearchFilters;
}

export function useSearchPages(request: SearchRequest): UseInfiniteQueryResult<InfiniteData<SearchResult, number>> {
  return useWorkbenchPages('search', { query: request.query, filters: request.filters, limit: SEARCH_PAGE }, { keepPrevious: true });
}

/** The loaded pages as one result (see joinPages). */
export function useJoinedPages(data: InfiniteData<SearchResult, number> | undefined): SearchResult | undefined {
  return useMemo(() => (data ? joinPages(data.pages) : undefined), [data]);
}

export type Facets = MethodOutput<'listFacets'>;

export function useFacets(): UseQueryResult<Facets> {
  return useWorkbenchQuery('listFacets', {});
}
