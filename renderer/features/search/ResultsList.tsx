// The result list: each hit's title (the button that opens it), source, date, language and
// snippets with the matched words in <mark>. j / k move focus through it.
import { memo, type ReactNode, type Ref } from 'react';
import type { SearchHit, Snippet } from '../../../api/types.js';
import { languageName } from '../../lib/format.js';
import { formatDate } from '../../lib/format-time.js';

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
  open: boolean;
  onOpen: (hit: SearchHit) => void;
  onFocusItem: (index: number) => void;
}

const ResultItem = memo(function ResultItem({ hit, index, open, onOpen, onFocusItem }: ResultItemProps) {
  const meta = [hit.source, formatDate(hit.date), languageName(hit.language)].filter(Boolean);
  return (
    <li className={`result${open ? ' result--open' : ''}`} aria-current={open ? 'true' : undefined}>
      <button type="button" className="result__title" data-result-index={index} onClick={() => onOpen(hit)} onFocus={() => onFocusItem(index)}>
        {hit.title}
      </button>
      <p className="result__meta">{meta.join(' · ')}</p>
      {hit.snippets.slice(0, 2).map((snippet, i) => (
        <SnippetText key={i} snippet={snippet} />
      ))}
    </li>
  );
});

interface ResultsListProps {
  hits: SearchHit[];
  openId: number | null;
  onOpen: (hit: SearchHit) => void;
  onFocusItem: (index: number) => void;
  listRef: Ref<HTMLOListElement>;
}

export function ResultsList({ hits, openId, onOpen, onFocusItem, listRef }: ResultsListProps) {
  return (
    <ol ref={listRef} className="results" aria-label="Results">
      {hits.map((hit, index) => (
        <ResultItem key={hit.id} hit={hit} index={index} open={hit.id === openId} onOpen={onOpen} onFocusItem={onFocusItem} />
      ))}
    </ol>
  );
}
