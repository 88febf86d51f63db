// The document browser's data: the pages of a sorted, filtered document list that the rows in view
// need, each a cached query keyed [browseDocuments, input] (so writes refresh them like any read),
// the total that match, and every matching id for "select all". Pages load where the analyst
// scrolls, so a jump to row 90,000 reads one page, not the 90,000 before it.
import { keepPreviousData, useQueries } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { DocumentSort, DocumentSummary, SearchFilters } from '../../../api/types.js';
import { useApi } from '../../api/workbench-client.js';
import { queryKey, useWorkbenchMutation } from '../../data/workbench-hooks.js';

export const BROWSE_PAGE = 100;

export interface BrowseOrder {
  sort: DocumentSort | undefined;
  descending: boolean;
  filters: SearchFilters;
}

export interface DocumentBrowser {
  /** How many documents match; undefined until the first page arrives. */
  total: number | undefined;
  /** The document at row `index`, once its page has arrived. */
  rowAt: (index: number) => DocumentSummary | undefined;
  /** The rows in view changed: load the pages they fall on. */
  showRows: (first: number, last: number) => void;
  loading: boolean;
  error: Error | null;
  refetch: () => void;
}

function inputOf(order: BrowseOrder, page: number) {
  return {
    ...(order.sort ? { sort: order.sort, descending: order.descending } : {}),
    filters: order.filters,
    limit: BROWSE_PAGE,
    offset: page * BROWSE_PAGE,
  };
}

export function useDocumentBrowser(order: BrowseOrder): DocumentBrowser {
  const api = useApi();
  const [view, setView] = useState({ first: 0, last: 40 });
  const pages = useMemo(() => {
    const out: number[] = [];
    for (let page = Math.floor(view.first / BROWSE_PAGE); page <= Math.floor(view.last / BROWSE_PAGE); page += 1) out.push(page);
    // The first page always loads: it carries the total the list is sized by.
    return out.includes(0) ? out : [0, ...out];
  }, [view.first, view.last]);
  const results = useQueries({
    queries: pages.map((page) => {
      const input = inputOf(order, page);
      return {
        queryKey: queryKey('browseDocuments', input),
        queryFn: () => api.browseDocuments(input),
        // While a new sort or filter loads, the old rows stay rather than flashing empty.
        placeholderData: keepPreviousData,
      };
    }),
  });
  const byPage = new Map(pages.map((page, i) => [page, results[i]]));
  const first = results[0];
  const total = first?.data?.total;
  const rowAt = (index: number): DocumentSummary | undefined => byPage.get(Math.floor(index / BROWSE_PAGE))?.data?.documents[index % BROWSE_PAGE];
  const showRows = useCallback((firstRow: number, lastRow: number) => {
    setView((current) => (current.first === firstRow && current.last === lastRow ? current : { first: Math.max(0, firstRow), last: Math.max(0, lastRow) }));
  }, []);
  const failed = results.find((result) => result.error);
  return {
    total,
    rowAt,
    showRows,
    loading: results.some((result) => result.isFetching),
    error: failed?.error ?? null,
    refetch: () => {
      for (const result of results) void result.refetch();
    },
  };
}

/** The ids of rows first..last of this order (a shift-click range), read in one call. */
export function useRowIds(order: BrowseOrder): (first: number, last: number) => Promise<number[]> {
  const api = useApi();
  return useCallback(
    async (first: number, last: number) => {
      const page = await api.browseDocuments({ ...inputOf(order, 0), offset: first, limit: Math.min(10_000, last - first + 1) });
      return page.documents.map((document) => document.id);
    },
    [api, order],
  );
}

/** Every id the filters match, for "Select all that match". */
export function useMatchingIds(filters: SearchFilters): () => Promise<number[]> {
  const api = useApi();
  return useCallback(() => api.listDocumentIds({ filters }), [api, filters]);
}

export function useBulkDocumentActions() {
  const update = useWorkbenchMutation('updateDocuments');
  const remove = useWorkbenchMutation('deleteDocuments');
  return { update: update.mutateAsync, remove: remove.mutateAsync, busy: update.isPending || remove.isPending };
}
