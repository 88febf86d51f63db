// The notes column: the highlights of the open document or of the whole workspace, filtered by
// tag and assessment. A note's quote jumps to its passage; "History" shows how it changed.
import { useCallback, useMemo, useState } from 'react';
import type { Annotation, Tag } from '../../../api/types.js';
import { errorMessage } from '../../api/workbench-client.js';
import { EmptyState, ErrorAlert, Loading } from '../../components/Feedback.js';
import { plural } from '../../lib/format.js';
import { EditHighlightDialog } from '../annotations/EditHighlightDialog.js';
import { useAnnotations } from '../annotations/use-annotations.js';
import { useDocumentList } from '../reader/use-document.js';
import { HistoryDialog } from './HistoryDialog.js';
import { NoteCard } from './NoteCard.js';
import { NotesFilters, type NotesFilter } from './NotesFilters.js';

const PAGE = 100;

interface NotesPaneProps {
  openDocumentId: number | null;
  tags: Tag[];
  onJump: (annotation: Annotation) => void;
}

type Scope = 'document' | 'all';

export function NotesPane({ openDocumentId, tags, onJump }: NotesPaneProps) {
  const [scope, setScope] = useState<Scope>('document');
  const [filter, setFilter] = useState<NotesFilter>({});
  const [shown, setShown] = useState(PAGE);
  const [history, setHistory] = useState<Annotation | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const needsDocument = scope === 'document' && openDocumentId === null;
  const query = scope === 'document' && openDocumentId !== null ? { ...filter, documentId: openDocumentId } : filter;
  const notes = useAnnotations(query, !needsDocument);
  const titles = useDocumentList(scope === 'all');
  const colors = useMemo(() => new Map(tags.map((t) => [t.name.toLowerCase(), t.color])), [tags]);
  const titleOf = useMemo(() => new Map((titles.data ?? []).map((d) => [d.id, d.title])), [titles.data]);
  const onHistory = useCallback((annotation: Annotation) => setHistory(annotation), []);
  const onEdit = useCallback((annotation: Annotation) => setEditing(annotation.id), []);

  const list = notes.data ?? [];
  const filtered = Object.keys(filter).length > 0;
  const editingNote = editing ? list.find((a) => a.id === editing) : undefined;

  return (
    <div className="pane__inner notes-pane">
      <div className="pane__heading">
        <h2 className="pane__title">Notes</h2>
        <fieldset className="segmented">
          <legend className="visually-hidden">Show notes of</legend>
          {(['document', 'all'] as const).map((value) => (
            <label key={value} className="segmented__option">
              <input
                type="radio"
                name="notes-scope"
                value={value}
                checked={scope === value}
                onChange={() => {
                  setScope(value);
                  setShown(PAGE);
                }}
              />
              <span>{value === 'document' ? 'This document' : 'All documents'}</span>
            </label>
          ))}
        </fieldset>
      </div>
      <details className="notes-filters">
        <summary>Filters{Object.keys(filter).length > 0 ? ` (${Object.keys(filter).length} on)` : ''}</summary>
        <NotesFilters
          filter={filter}
          tags={tags}
          onChange={(next) => {
            setFilter(next);
            setShown(PAGE);
          }}
        />
      </details>
      {needsDocument ? (
        <EmptyState title="No document open">Open a document to see its notes, or choose All documents.</EmptyState>
      ) : notes.isError ? (
        <ErrorAlert message={errorMessage(notes.error)} onRetry={() => void notes.refetch()} />
      ) : !notes.data ? (
        <Loading label="Loading notes…" />
      ) : list.length === 0 ? (
        <EmptyState title={filtered ? 'No notes match these filters' : 'No notes yet'}>
          {filtered ? 'Clear a filter to see more.' : 'Select a passage in the reader to highlight it and add a note.'}
        </EmptyState>
      ) : (
        <div className="notes-scroll">
          <p className="notes-count" role="status">
            {plural(list.length, 'note')}
          </p>
          {groups(list.slice(0, shown), scope === 'all').map((group, i) => (
            <section key={`${group.documentId}-${i}`} className="notes__group">
              {scope === 'all' ? <h3 className="notes__doc">{titleOf.get(group.documentId) ?? `Document ${group.documentId}`}</h3> : null}
              <ol className="notes">
                {group.items.map((annotation) => (
                  <NoteCard key={annotation.id} annotation={annotation} colors={colors} onJump={onJump} onHistory={onHistory} onEdit={onEdit} />
                ))}
              </ol>
            </section>
          ))}
          {list.length > shown ? (
            <button type="button" className="button button--quiet notes-more" onClick={() => setShown((n) => n + PAGE)}>
              Show more notes
            </button>
          ) : null}
        </div>
      )}
      {history ? <HistoryDialog annotation={history} onClose={() => setHistory(null)} /> : null}
      {editingNote ? <EditHighlightDialog annotation={editingNote} knownTags={tags} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}

/** Consecutive notes of one document, so the whole-workspace list reads document by document. */
function groups(list: Annotation[], byDocument: boolean): { documentId: number; items: Annotation[] }[] {
  const out: { documentId: number; items: Annotation[] }[] = [];
  for (const annotation of list) {
    const last = out[out.length - 1];
    if (last && (!byDocument || last.documentId === annotation.documentId)) last.items.push(annotation);
    else out.push({ documentId: annotation.documentId, items: [annotation] });
  }
  return out;
}
