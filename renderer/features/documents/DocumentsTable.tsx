// The document table: a grid whose header sorts (aria-sort on the sorted column) and whose rows are
// virtual — only those in view are in the DOM, each saying its place in the whole list
// (aria-rowindex of aria-rowcount) and whether it is selected (aria-selected). Arrows, Page Up/Down,
// Home and End move; Space toggles, Shift+arrows extend, Enter opens; click, Shift-click and
// Ctrl/Cmd-click select as in a file manager, and a double click opens.
import { memo, useCallback, useEffect, type KeyboardEvent, type MouseEvent } from 'react';
import type { DocumentSort, DocumentSummary } from '../../../api/types.js';
import { languageName } from '../../lib/format.js';
import { formatDate } from '../../lib/format-time.js';
import { useVirtualRows } from '../../state/use-virtual-rows.js';
import type { DocumentBrowser } from './use-document-browser.js';

const ROW_HEIGHT = 32;

const COLUMNS: { key: DocumentSort | 'tags'; label: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'source', label: 'Source' },
  { key: 'date', label: 'Date' },
  { key: 'language', label: 'Language' },
  { key: 'length', label: 'Length' },
  { key: 'highlights', label: 'Highlights' },
  { key: 'tags', label: 'Document tags' },
];

export type RowGesture = 'only' | 'toggle' | 'range' | 'range-add';

interface DocumentsTableProps {
  browser: DocumentBrowser;
  sort: DocumentSort | undefined;
  descending: boolean;
  selected: ReadonlySet<number>;
  onSort: (sort: DocumentSort) => void;
  /** A row was clicked, or chosen from the keyboard; `from`: the row a keyboard range grows from. */
  onPick: (index: number, id: number, gesture: RowGesture, from?: number) => void;
  onOpen: (document: DocumentSummary) => void;
  /** Ctrl/Cmd+A: every document that matches. */
  onSelectAll: () => void;
}

interface RowProps {
  document: DocumentSummary | undefined;
  index: number;
  start: number;
  selected: boolean;
  tabbable: boolean;
  onPick: (index: number, id: number, gesture: RowGesture) => void;
  onOpen: (document: DocumentSummary) => void;
}

function gestureOf(event: MouseEvent): RowGesture {
  if (event.shiftKey) return event.ctrlKey || event.metaKey ? 'range-add' : 'range';
  return event.ctrlKey || event.metaKey ? 'toggle' : 'only';
}

const Row = memo(function Row({ document, index, start, selected, tabbable, onPick, onOpen }: RowProps) {
  const style = { transform: `translateY(${start}px)`, height: ROW_HEIGHT };
  if (!document) {
    return (
      <div role="row" aria-rowindex={index + 2} className="doc-row doc-row--loading" data-index={index} style={style}>
        <div role="gridcell" className="doc-cell doc-cell--title" tabIndex={tabbable ? 0 : -1}>
          Loading…
        </div>
      </div>
    );
  }
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`doc-row${selected ? ' doc-row--selected' : ''}`}
      data-index={index}
      style={style}
      onClick={(event) => {
        // Shift-click would otherwise also select the text between the two rows.
        if (event.shiftKey) window.getSelection()?.removeAllRanges();
        onPick(index, document.id, gestureOf(event));
      }}
      onDoubleClick={() => onOpen(document)}
    >
      <div role="gridcell" className="doc-cell doc-cell--check">
        <input
          type="checkbox"
          tabIndex={-1}
          checked={selected}
          aria-label={`Select ${document.title}`}
          onClick={(event) => event.stopPropagation()}
          onChange={() => onPick(index, document.id, 'toggle')}
        />
      </div>
      <div role="gridcell" className="doc-cell doc-cell--title" tabIndex={tabbable ? 0 : -1} title={document.title}>
        {document.title}
      </div>
      <div role="gridcell" className="doc-cell">
        {document.source ?? <span className="muted">—</span>}
      </div>
      <div role="gridcell" className="doc-cell">
        {document.date ? formatDate(document.date) : <span className="muted">—</span>}
      </div>
      <div role="gridcell" className="doc-cell">
        {languageName(document.language)}
      </div>
      <div role="gridcell" className="doc-cell doc-cell--number">
        {document.length.toLocaleString('en')}
      </div>
      <div role="gridcell" className="doc-cell doc-cell--number">
        {document.annotationCount}
      </div>
      <div role="gridcell" className="doc-cell doc-cell--tags">
        {document.tags.map((tag) => (
          <span key={tag} className="doc-tag">
            {tag}
          </span>
        ))}
      </div>
    </div>
  );
});

export function DocumentsTable({ browser, sort, descending, selected, onSort, onPick, onOpen, onSelectAll }: DocumentsTableProps) {
  const count = browser.total ?? 0;
  const { scrollRef, containerProps, virtualizer, focusRow, active } = useVirtualRows({
    count,
    estimateSize: useCallback(() => ROW_HEIGHT, []),
    getItemKey: useCallback((index: number) => index, []),
    focusSelector: '.doc-cell--title',
  });

  // A click makes its row the keyboard's place too.
  const pick = useCallback(
    (index: number, id: number, gesture: RowGesture) => {
      focusRow(index);
      onPick(index, id, gesture);
    },
    [focusRow, onPick],
  );

  const items = virtualizer.getVirtualItems();
  const firstInView = virtualizer.range?.startIndex ?? 0;
  const lastInView = virtualizer.range?.endIndex ?? 0;
  const { showRows } = browser;
  useEffect(() => showRows(firstInView, lastInView), [showRows, firstInView, lastInView]);

  // A shorter list (a filter, a removal) may leave the focused row past its end.
  useEffect(() => {
    if (active >= count && count > 0) focusRow(count - 1);
  }, [active, count, focusRow]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const index = active < 0 ? 0 : active;
    const document = browser.rowAt(index);
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      onSelectAll();
      return;
    }
    if (event.key === ' ' && document) {
      event.preventDefault();
      onPick(index, document.id, 'toggle');
      return;
    }
    if (event.key === 'Enter' && document) {
      event.preventDefault();
      onOpen(document);
      return;
    }
    if (event.shiftKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      const next = event.key === 'ArrowDown' ? Math.min(count - 1, index + 1) : Math.max(0, index - 1);
      const target = browser.rowAt(next);
      if (document && target) {
        event.preventDefault();
        focusRow(next);
        onPick(next, target.id, 'range', index);
      }
      return;
    }
    containerProps.onKeyDown(event);
  };

  return (
    <div role="grid" className="doc-grid" aria-label="Documents" aria-rowcount={count + 1} aria-colcount={COLUMNS.length + 1} aria-multiselectable="true">
      <div role="rowgroup" className="doc-grid__head">
        <div role="row" aria-rowindex={1} className="doc-row doc-row--head">
          <div role="columnheader" className="doc-cell doc-cell--check">
            <span className="visually-hidden">Selected</span>
          </div>
          {COLUMNS.map((column) => {
            const sorted = column.key === sort;
            const ariaSort = sorted ? (descending ? 'descending' : 'ascending') : undefined;
            return (
              <div key={column.key} role="columnheader" aria-sort={ariaSort} className={`doc-cell doc-cell--${column.key}`}>
                {column.key === 'tags' ? (
                  column.label
                ) : (
                  <button type="button" className="doc-sort" onClick={() => onSort(column.key as DocumentSort)}>
                    {column.label}
                    <span aria-hidden="true" className="doc-sort__arrow">
                      {sorted ? (descending ? '▼' : '▲') : ''}
                    </span>
                  </button>
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div ref={scrollRef} className="doc-grid__scroll" onFocus={containerProps.onFocus} onKeyDown={onKeyDown}>
        <div role="rowgroup" className="doc-grid__body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const document = browser.rowAt(item.index);
            return (
              <Row
                key={item.key}
                document={document}
                index={item.index}
                start={item.start}
                selected={document !== undefined && selected.has(document.id)}
                tabbable={item.index === (active < 0 ? 0 : active)}
                onPick={pick}
                onOpen={onOpen}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
