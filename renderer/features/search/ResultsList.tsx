// The result list, virtualised: each hit's title (the button that opens it), source, date,
// language and snippets with the matched words in <mark>; in compact mode one line per hit. Only
// the rows in view are in the DOM; each says its place in the whole result (aria-posinset of
// aria-setsize). Arrows, Page Up/Down, Home and End move through it; the next page loads as the
// end comes into view, and End loads every page to reach the last hit.
import { memo, useCallback, useEffect, useImperativeHandle, type ReactNode, type Ref } from 'react';
import type { SearchHit, Snippet } from '../../../api/types.js';
import { languageName } from '../../lib/format.js';
import { formatDate } from '../../lib/format-time.js';
import { useVirtualRows } from '../../state/use-virtual-rows.js';

/** Expected row heights (px) before a row is measured: full rows vary, compact rows do not. */
const FULL_ROW = 116;
const COMPACT_ROW = 25;
/** Start loading the next page this many rows before the end comes into view. */
const LOAD_AHEAD = 20;

function SnippetText({ snippet }: { snippet: Snippet }) {
  const parts: ReactNode[] = [];
  let last = 0;
  snippet.highlights.forEach(([start, end], index) => {
    if (start > last) parts.push(snippet.text.slice(last, start));
    parts.push(<mark key={index}>{snippet.text.slice(start, end)}</mark>);
    last = end;
  });
  if (last < snippet.text.length) parts.push(snippet.text.slice(last));
  return <p className="result__snippet">{parts}</p>;
}

interface ResultItemProps {
  hit: SearchHit;
  index: number;
  total: number;
  start: number;
  open: boolean;
  compact: boolean;
  onOpen: (hit: SearchHit) => void;
  measure: (node: HTMLElement | null) => void;
}

const ResultItem = memo(function ResultItem({ hit, index, total, start, open, compact, onOpen, measure }: ResultItemProps) {
  const meta = (compact ? [hit.source, formatDate(hit.date)] : [hit.source, formatDate(hit.date), languageName(hit.language)]).filter(Boolean);
  return (
    <li
      ref={measure}
      data-index={index}
      aria-setsize={total}
      aria-posinset={index + 1}
      className={`result${compact ? ' result--compact' : ''}${open ? ' result--open' : ''}`}
      aria-current={open ? 'true' : undefined}
      style={{ transform: `translateY(${start}px)` }}
    >
      <button type="button" className="result__title" onClick={() => onOpen(hit)}>
        {hit.title}
      </button>
      <p className="result__meta">{meta.join(' · ')}</p>
      {(compact ? hit.snippets.slice(0, 1) : hit.snippets.slice(0, 2)).map((snippet, i) => (
        <SnippetText key={i} snippet={snippet} />
      ))}
    </li>
  );
});

/** What the search pane asks of the list: j / k, Arrow Down from the search box, Enter. */
export interface ResultsHandle {
  /** The result holding (or last holding) the focus; -1 before any. */
  active: number;
  focusResult: (index: number) => void;
}

export interface MoreResults {
  hasMore: boolean;
  loading: boolean;
  /** Loads the next page. */
  load: () => void;
  /** Loads every remaining page; resolves to the number of hits then loaded. */
  loadAll: () => Promise<number>;
}

interface ResultsListProps {
  hits: SearchHit[];
  total: number;
  openId: number | null;
  compact: boolean;
  more: MoreResults;
  onOpen: (hit: SearchHit) => void;
  ref?: Ref<ResultsHandle>;
}

export function ResultsList({ hits, total, openId, compact, more, onOpen, ref }: ResultsListProps) {
  const { scrollRef, containerProps, virtualizer, focusRow, active, lastInView } = useVirtualRows({
    count: hits.length,
    estimateSize: useCallback(() => (compact ? COMPACT_ROW : FULL_ROW), [compact]),
    // Stable between renders: a new one makes the virtualizer lay out every row again.
    getItemKey: useCallback((index: number) => hits[index]?.id ?? index, [hits]),
    focusSelector: '.result__title',
    onEnd: async () => (more.hasMore ? (await more.loadAll()) - 1 : null),
  });

  useImperativeHandle(ref, () => ({ active, focusResult: (index: number) => focusRow(Math.min(index, hits.length - 1)) }), [active, focusRow, hits.length]);

  // Heights measured in one mode are wrong in the other.
  useEffect(() => virtualizer.measure(), [compact, virtualizer]);

  const { hasMore, loading, load } = more;
  useEffect(() => {
    if (hasMore && !loading && lastInView >= hits.length - 1 - LOAD_AHEAD) load();
  }, [hasMore, loading, load, lastInView, hits.length]);

  return (
    <div ref={scrollRef} className="results-scroll" onFocus={containerProps.onFocus} onKeyDown={containerProps.onKeyDown}>
      <ol className="results" aria-label="Results" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const hit = hits[item.index];
          if (!hit) return null;
          return (
            <ResultItem
              key={hit.id}
              hit={hit}
              index={item.index}
              total={total}
              start={item.start}
              open={hit.id === openId}
              compact={compact}
              onOpen={onOpen}
              measure={virtualizer.measureElement}
            />
          );
        })}
      </ol>
      {loading ? (
        <p className="results-loading" role="status">
          Loading more results…
        </p>
      ) : null}
    </div>
  );
}
