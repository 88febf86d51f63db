// Search and its filter menus as typed hooks over the WorkbenchApi: results follow the committed
// query, filters and page size; facets and tags follow imports and tag changes.
import type { SearchFilters, SearchResult } from '../../../api/types.js';
import type { MethodOutput } from '../../../api/workbench-api.js';
import { useApi } from '../../api/workbench-client.js';
import { useRevision } from '../../state/revisions.js';
import { useAsync, type AsyncState } from '../../state/use-async.js';

export interface SearchRequest {
  query: string;
  filters: SearchFilters;
  limit: number;
}

export function useSearch(request: SearchRequest): AsyncState<SearchResult> {
  const api = useApi();
  const documents = useRevision('documents');
  const annotations = useRevision('annotations');
  // Notes and tags are searchable and filterable, so a note change matters only to those searches.
  const noteSensitive = request.filters.tag !== undefined || request.filters.hasNotes !== undefined || /\b(notes?|tags?):/.test(request.query);
  const filters = JSON.stringify(request.filters);
  return useAsync(
    () => api.search({ query: request.query, filters: request.filters, limit: request.limit }),
    [api, request.query, filters, request.limit, documents, noteSensitive ? annotations : 0],
  );
}

export type Facets = MethodOutput<'listFacets'>;

export function useFacets(): AsyncState<Facets> {
  const api = useApi();
  const documents = useRevision('documents');
  return useAsync(() => api.listFacets({}), [api, documents]);
}
