// Search and its filter menus as typed hooks: results follow the committed query, filters and
// page size (the last results stay up while the next load); facets follow imports.
import type { UseQueryResult } from '@tanstack/react-query';
import type { SearchFilters, SearchResult } from '../../../api/types.js';
import type { MethodOutput } from '../../../api/workbench-api.js';
import { useWorkbenchQuery } from '../../data/workbench-hooks.js';

export interface SearchRequest {
  query: string;
  filters: SearchFilters;
  limit: number;
}

export function useSearch(request: SearchRequest): UseQueryResult<SearchResult> {
  return useWorkbenchQuery('search', { query: request.query, filters: request.filters, limit: request.limit }, { keepPrevious: true });
}

export type Facets = MethodOutput<'listFacets'>;

export function useFacets(): UseQueryResult<Facets> {
  return useWorkbenchQuery('listFacets', {});
}
