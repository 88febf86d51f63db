// "Documents": every document in a sortable, filterable, virtual table, with a selection to act on
// (tags, source, export, removal). Enter or a double click opens a document in the reader.
import { useCallback, useMemo, useState } from 'react';
import type { DocumentSort, DocumentSummary, SearchFilters, Tag } from '../../../api/types.js';
import { errorMessage } from '../../api/workbench-client.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorAlert } from '../../components/Feedback.js';
import { plural } from '../../lib/format.js';
import { useWorkspaceInfo } from '../reader/use-document.js';
import { SearchFiltersForm } from '../search/SearchFiltersForm.js';
import { useFacets } from '../search/use-search.js';
import { BulkActions } from './BulkActions.js';
import { DocumentsTable, type RowGesture } from './DocumentsTable.js';
import { EMPTY_SELECTION, extendTo, selectAll, selectOnly, toggle, without, type Selection } from './selection.js';
import { useDocumentBrowser, useMatchingIds, useRowIds, type BrowseOrder } from './use-document-browser.js';
import { UndoNotice } from '../undo/UndoNotice.js';

interface DocumentsDialogProps {
  tags: Tag[];
  onOpen: (document: DocumentSummary) => void;
  onExport: (ids: readonly number[]) => void;
  onClose: () => void;
}

export function DocumentsDialog({ tags, onOpen, onExport, onClose }: DocumentsDialogProps) {
  const [sort, setSort] = useState<DocumentSort | undefined>(undefined);
  const [descending, setDescending] = useState(false);
  const [filters, setFilters] = useState<SearchFilters>({});
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const order: BrowseOrder = useMemo(() => ({ sort, descending, filters }), [sort, descending, filters]);
  const browser = useDocumentBrowser(order);
  const rowIds = useRowIds(order);
  const matchingIds = useMatchingIds(filters);
  const facets = useFacets();
  const info = useWorkspaceInfo();

  const total = browser.total;
  const count = selection.ids.size;
  const ids = useMemo(() => [...selection.ids], [selection.ids]);

  const changeFilters = (next: SearchFilters): void => {
    setFilters(next);
    // Rows that no longer show cannot stay picked without the analyst seeing them.
    setSelection(EMPTY_SELECTION);
    setNotice('');
  };

  const onSort = (key: DocumentSort): void => {
    if (key === sort) setDescending((d) => !d);
    else {
      setSort(key);
      setDescending(false);
    }
  };

  const { rowAt } = browser;
  const onPick = useCallback(
    (index: number, id: number, gesture: RowGesture, from?: number) => {
      if (gesture === 'only') return setSelection(selectOnly(id, index));
      if (gesture === 'toggle') return setSelection((current) => toggle(current, id, index));
      const anchor = selection.anchor ?? from ?? index;
      const [first, last] = anchor <= index ? [anchor, index] : [index, anchor];
      const keep = gesture === 'range-add';
      const loaded: number[] = [];
      for (let row = first; row <= last; row += 1) {
        const document = rowAt(row);
        if (!document) {
          // Part of the range is not loaded (a long shift-click): read its ids, then select.
          rowIds(first, last).then(
            (range) => setSelection((now) => extendTo({ ...now, anchor }, range, keep)),
            (failure: unknown) => setError(errorMessage(failure)),
          );
          return;
        }
        loaded.push(document.id);
      }
      setSelection((current) => extendTo({ ...current, anchor }, loaded, keep));
    },
    [rowIds, rowAt, selection.anchor],
  );

  const onSelectAll = useCallback(() => {
    setError(null);
    matchingIds().then(
      (all) => setSelection(selectAll(all)),
      (failure: unknown) => setError(errorMessage(failure)),
    );
  }, [matchingIds]);

  // The highlights the selection would take with it, when every selected row is loaded to count them.
  let highlights: number | null = 0;
  if (count > 0 && total !== undefined) {
    const known = new Map<number, number>();
    for (let row = 0; row < Math.min(total, 2000) && known.size < count; row += 1) {
      const document = browser.rowAt(row);
      if (document && selection.ids.has(document.id)) known.set(document.id, document.annotationCount);
    }
    highlights = known.size === count ? [...known.values()].reduce((a, b) => a + b, 0) : null;
  }

  const status =
    total === undefined ? 'Loading documents…' : count > 0 ? `${plural(count, 'document')} selected of ${total.toLocaleString('en')}` : `${plural(total, 'document')}`;

  return (
    <Dialog title="Documents" className="documents-dialog" onClose={onClose}>
      <div className="documents-view">
        <div className="documents-view__filters">
          <SearchFiltersForm
            idPrefix="docs-filter"
            filters={filters}
            facets={facets.data}
            tags={tags}
            counts={info.data ? { documents: info.data.documentCount, highlights: info.data.annotationCount } : undefined}
            onChange={changeFilters}
          />
          {tags.length > 0 || filters.docTag !== undefined ? (
            <div className="field">
              <label htmlFor="docs-filter-doc-tag">Document tag</label>
              <select
                id="docs-filter-doc-tag"
                value={filters.docTag ?? ''}
                onChange={(e) => {
                  const next = { ...filters };
                  if (e.target.value === '') delete next.docTag;
                  else next.docTag = e.target.value;
                  changeFilters(next);
                }}
              >
                <option value="">Any document tag</option>
                {tags.map((tag) => (
                  <option key={tag.id} value={tag.name}>
                    {tag.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </div>
        <div className="documents-view__bar">
          <p className="documents-view__count" role="status" aria-live="polite">
            {status}
          </p>
          <button type="button" className="button button--small" disabled={!total} onClick={onSelectAll}>
            Select all {total === undefined ? '' : total.toLocaleString('en')} that match
          </button>
          <button type="button" className="button button--small button--quiet" disabled={count === 0} onClick={() => setSelection(EMPTY_SELECTION)}>
            Clear selection
          </button>
          {notice ? (
            <p className="documents-view__notice" role="status">
              {notice}
            </p>
          ) : null}
        </div>
        <BulkActions
          ids={ids}
          highlights={highlights}
          tags={tags}
          onDone={setNotice}
          onRemoved={(removed, message) => {
            setSelection((current) => without(current, removed));
            setNotice(message);
          }}
          onExport={onExport}
        />
        <UndoNotice />
        {error ? <ErrorAlert message={error} /> : null}
        {browser.error ? <ErrorAlert message={errorMessage(browser.error)} onRetry={browser.refetch} /> : null}
        <DocumentsTable
          browser={browser}
          sort={sort}
          descending={descending}
          selected={selection.ids}
          onSort={onSort}
          onPick={onPick}
          onOpen={onOpen}
          onSelectAll={onSelectAll}
        />
      </div>
    </Dialog>
  );
}
