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
import { NotesList } from './NotesList.js';
import { NotesFilters, type NotesFilter } from './NotesFilters.js';

interface NotesPaneProps {
  openDocumentId: number | null;
  tags: Tag[];
  onJump: (annotation: Annotation) => void;
}

type Scope = 'document' | 'all';

export function NotesPane({ openDocumentId, tags, onJump }: NotesPaneProps) {
  const [scope, setScope] = useState<Scope>('document');
  const [filter, setFilter] = useState<NotesFilter>({});
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
              <input type="radio" name="notes-scope" value={value} checked={scope === value} onChange={() => setScope(value)} />
              <span>{value === 'document' ? 'This document' : 'All documents'}</span>
            </label>
          ))}
        </fieldset>
      </div>
      <details className="notes-filters">
        <summary>Filters{Object.keys(filter).length > 0 ? ` (${Object.keys(filter).length} on)` : ''}</summary>
        <NotesFilters filter={filter} tags={tags} onChange={setFilter} />
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
        <>
          <p className="notes-count" role="status">
            {plural(list.length, 'note')}
          </p>
          {/* A new scope or filter is a new list: from its first note, nothing focused. */}
          <NotesList
            key={JSON.stringify([scope, scope === 'document' ? openDocumentId : null, filter])}
            notes={list}
            titles={scope === 'all' ? titleOf : null}
            colors={colors}
            onJump={onJump}
            onHistory={onHistory}
            onEdit={onEdit}
          />
        </>
      )}
      {history ? <HistoryDialog annotation={history} onClose={() => setHistory(null)} /> : null}
      {editingNote ? <EditHighlightDialog annotation={editingNote} knownTags={tags} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}
