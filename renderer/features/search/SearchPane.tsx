// The search column: query box, filters, result count and list (a page at a time, virtualised,
// compact on request). Searches as you type (200 ms), at once on Enter; a bad query shows the
// core's message as an alert, never a crash. The query and filters live in the address.
import { useCallback, useEffect, useMemo, useRef, useState, type Ref } from 'react';
import type { SearchFilters, SearchHit, SearchResult } from '../../../api/types.js';
import { errorMessage } from '../../api/workbench-client.js';
import { EmptyState, ErrorAlert, Loading } from '../../components/Feedback.js';
import { plural } from '../../lib/format.js';
import { joinPages } from '../../data/pages.js';
import { useDebounced } from '../../state/use-debounced.js';
import { useHotkeys } from '../../state/use-hotkeys.js';
import { saveSearch, submitSearch, useViewState } from '../../state/view-history.js';
import { useWorkspaceInfo } from '../reader/use-document.js';
import { useTags } from '../tags/use-tags.js';
import { ResultsList, type MoreResults, type ResultsHandle } from './ResultsList.js';
import { SearchBox } from './SearchBox.js';
import { SearchFiltersForm } from './SearchFiltersForm.js';
import { useCompactResults } from './use-compact-results.js';
import { useFacets, useJoinedPages, useSearchPages } from './use-search.js';

/** A query set from outside the pane (a suggested search); the nonce makes the same text a new request. */
export interface QueryRequest {
  text: string;
  nonce: number;
}

interface SearchPaneProps {
  inputRef: Ref<HTMLInputElement>;
  openId: number | null;
  onOpen: (hit: SearchHit) => void;
  onResult: (result: SearchResult | undefined) => void;
  workspaceEmpty: boolean;
  queryRequest?: QueryRequest | null;
}

export function SearchPane({ inputRef, openId, onOpen, onResult, workspaceEmpty, queryRequest }: SearchPaneProps) {
  // The address holds the search (view-history.ts): it starts there, and back/forward bring theirs.
  const address = useViewState();
  const [text, setText] = useState(address.view.query);
  const [filters, setFilters] = useState<SearchFilters>(address.view.filters);
  const [arrival, setArrival] = useState(address.revision);
  if (address.revision !== arrival) {
    setArrival(address.revision);
    setText(address.view.query);
    setFilters(address.view.filters);
  }
  // A new request from outside replaces the text, adjusted while rendering (no effect round trip).
  const [takenRequest, setTakenRequest] = useState(queryRequest);
  if (queryRequest !== takenRequest) {
    setTakenRequest(queryRequest);
    if (queryRequest) setText(queryRequest.text);
  }
  const [query, flush] = useDebounced(text.trim(), 200);
  // Written once the typing has settled (the debounced query caught up with the box).
  const settled = query === text.trim();
  useEffect(() => {
    if (settled) saveSearch({ query, filters });
  }, [settled, query, filters]);
  const submit = (): void => {
    flush();
    submitSearch({ query: text.trim(), filters });
  };
  // A new query or filter starts a new list, from its first page and its first row.
  const key = JSON.stringify([query, filters]);
  const search = useSearchPages({ query, filters });
  const [compact, setCompact] = useCompactResults();
  const facets = useFacets();
  const tags = useTags();
  const info = useWorkspaceInfo();
  const list = useRef<ResultsHandle>(null);

  const joined = useJoinedPages(search.data);
  const result = search.isError ? undefined : joined;
  useEffect(() => onResult(result), [result, onResult]);

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = search;
  // A page already loading is awaited, never cancelled and asked for again.
  const loadMore = useCallback(() => void fetchNextPage({ cancelRefetch: false }), [fetchNextPage]);
  const loadAll = useCallback(async () => {
    let latest = await fetchNextPage({ cancelRefetch: false });
    while (latest.hasNextPage && !latest.isError) latest = await fetchNextPage({ cancelRefetch: false });
    return joinPages(latest.data?.pages ?? [])?.hits.length ?? 0;
  }, [fetchNextPage]);
  const more: MoreResults = useMemo(
    () => ({ hasMore: hasNextPage, loading: isFetchingNextPage, load: loadMore, loadAll }),
    [hasNextPage, isFetchingNextPage, loadMore, loadAll],
  );

  const focusResult = useCallback((index: number) => list.current?.focusResult(index), []);
  const activeResult = (): number => list.current?.active ?? -1;

  const hits = result?.hits ?? [];
  useHotkeys({
    j: () => focusResult(activeResult() < 0 ? openIndex(hits, openId) + 1 : activeResult() + 1),
    k: () => focusResult(activeResult() < 0 ? Math.max(0, openIndex(hits, openId) - 1) : activeResult() - 1),
    Enter: (event) => {
      // Enter on a focused control keeps its own meaning; on the page itself it opens the result.
      const hit = hits[activeResult()];
      if (event.target !== document.body || !hit) return false;
      onOpen(hit);
    },
  });

  return (
    <div className="pane__inner search-pane">
      <h2 className="pane__title">Search</h2>
      <SearchBox ref={inputRef} value={text} onChange={setText} onSubmit={submit} onArrowDown={() => focusResult(0)} />
      <SearchFiltersForm
        filters={filters}
        facets={facets.data}
        tags={tags.data}
        counts={info.data ? { documents: info.data.documentCount, highlights: info.data.annotationCount } : undefined}
        onChange={setFilters}
      />
      {facets.isError ? <ErrorAlert message={errorMessage(facets.error)} onRetry={() => void facets.refetch()} /> : null}
      <div className="results-header">
        <p className="results-count" role="status" aria-live="polite">
          {result ? plural(result.total, 'result') : ''}
        </p>
        {search.isFetching && !isFetchingNextPage ? <span className="results-busy">Searching…</span> : null}
        {result && result.hits.length > 0 ? (
          <button type="button" className="button button--quiet button--small results-compact" aria-pressed={compact} onClick={() => setCompact(!compact)}>
            Compact
          </button>
        ) : null}
      </div>
      {search.isError ? (
        <ErrorAlert message={errorMessage(search.error)} className="search-error" />
      ) : !result ? (
        <Loading label="Loading documents…" />
      ) : result.hits.length === 0 ? (
        workspaceEmpty ? (
          <EmptyState title="No documents yet">Import files or load the sample corpus to start.</EmptyState>
        ) : (
          <EmptyState title="Nothing matches">Try fewer words, a wildcard (port*), or clear the filters.</EmptyState>
        )
      ) : (
        <ResultsList key={key} ref={list} hits={result.hits} total={result.total} openId={openId} compact={compact} more={more} onOpen={onOpen} />
      )}
    </div>
  );
}

function openIndex(hits: SearchHit[], openId: number | null): number {
  return hits.findIndex((hit) => hit.id === openId);
}
