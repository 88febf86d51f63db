// The search column: query box, filters, result count and list. Searches as you type (200 ms),
// at once on Enter; a bad query shows the core's message as an alert, never a crash.
import { useCallback, useEffect, useRef, useState, type Ref } from 'react';
import type { SearchFilters, SearchHit, SearchResult } from '../../../api/types.js';
import { errorMessage } from '../../api/workbench-client.js';
import { EmptyState, ErrorAlert, Loading } from '../../components/Feedback.js';
import { plural } from '../../lib/format.js';
import { useDebounced } from '../../state/use-debounced.js';
import { useHotkeys } from '../../state/use-hotkeys.js';
import { useTags } from '../tags/use-tags.js';
import { ResultsList } from './ResultsList.js';
import { SearchBox } from './SearchBox.js';
import { SearchFiltersForm } from './SearchFiltersForm.js';
import { useFacets, useSearch } from './use-search.js';

const PAGE = 50;
const MAX_LIMIT = 500;

interface SearchPaneProps {
  inputRef: Ref<HTMLInputElement>;
  openId: number | null;
  onOpen: (hit: SearchHit) => void;
  onResult: (result: SearchResult | undefined) => void;
  workspaceEmpty: boolean;
}

export function SearchPane({ inputRef, openId, onOpen, onResult, workspaceEmpty }: SearchPaneProps) {
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [query, flush] = useDebounced(text.trim(), 200);
  // "Show more" grows the page; a new query or filter starts again from one page.
  const key = JSON.stringify([query, filters]);
  const [paging, setPaging] = useState({ key, limit: PAGE });
  const limit = paging.key === key ? paging.limit : PAGE;
  const search = useSearch({ query, filters, limit });
  const facets = useFacets();
  const tags = useTags();
  const listRef = useRef<HTMLOListElement>(null);
  const active = useRef(-1);

  useEffect(() => {
    active.current = -1;
  }, [key]);
  const result = search.isError ? undefined : search.data;
  useEffect(() => onResult(result), [result, onResult]);

  const focusResult = useCallback((index: number) => {
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('.result__title');
    if (!buttons || buttons.length === 0) return;
    const target = Math.max(0, Math.min(buttons.length - 1, index));
    active.current = target;
    buttons[target]?.focus();
    buttons[target]?.scrollIntoView({ block: 'nearest' });
  }, []);

  const hits = result?.hits ?? [];
  useHotkeys({
    j: () => focusResult(active.current < 0 ? openIndex(hits, openId) + 1 : active.current + 1),
    k: () => focusResult(active.current < 0 ? Math.max(0, openIndex(hits, openId) - 1) : active.current - 1),
    Enter: (event) => {
      // Enter on a focused control keeps its own meaning; on the page itself it opens the result.
      const hit = hits[active.current];
      if (event.target !== document.body || !hit) return false;
      onOpen(hit);
    },
  });

  const onFocusItem = useCallback((index: number) => {
    active.current = index;
  }, []);

  return (
    <div className="pane__inner search-pane">
      <h2 className="pane__title">Search</h2>
      <SearchBox ref={inputRef} value={text} onChange={setText} onSubmit={flush} onArrowDown={() => focusResult(0)} />
      <SearchFiltersForm filters={filters} facets={facets.data} tags={tags.data} onChange={setFilters} />
      {facets.isError ? <ErrorAlert message={errorMessage(facets.error)} onRetry={() => void facets.refetch()} /> : null}
      <div className="results-header">
        <p className="results-count" role="status" aria-live="polite">
          {result ? plural(result.total, 'result') : ''}
        </p>
        {search.isFetching ? <span className="results-busy">Searching…</span> : null}
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
        <div
          className="results-scroll"
          onKeyDown={(event) => {
            if (!(event.target instanceof HTMLElement) || !event.target.classList.contains('result__title')) return;
            if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
            event.preventDefault();
            focusResult(active.current + (event.key === 'ArrowDown' ? 1 : -1));
          }}
        >
          <ResultsList hits={result.hits} openId={openId} onOpen={onOpen} onFocusItem={onFocusItem} listRef={listRef} />
          {result.hits.length < result.total ? (
            limit < MAX_LIMIT ? (
              <button type="button" className="button button--quiet results-more" onClick={() => setPaging({ key, limit: Math.min(MAX_LIMIT, limit + PAGE) })}>
                Show more results
              </button>
            ) : (
              <p className="results-cap">Showing the first {MAX_LIMIT}. Narrow the query or filters to see the rest.</p>
            )
          ) : null}
        </div>
      )}
    </div>
  );
}

function openIndex(hits: SearchHit[], openId: number | null): number {
  return hits.findIndex((hit) => hit.id === openId);
}
