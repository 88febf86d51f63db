// The notes panel's list, virtualised: only the notes in view are in the DOM, each saying its
// place in the whole list (aria-posinset of aria-setsize). Across documents, the first note of
// each document carries the document's title as a heading. Arrows, Page Up/Down, Home and End
// move between the notes' quotes.
import { useCallback } from 'react';
import type { Annotation } from '../../../api/types.js';
import { useVirtualRows } from '../../state/use-virtual-rows.js';
import { NoteCard } from './NoteCard.js';

/** A note card's expected height (px) before it is measured. */
const NOTE_ROW = 150;
const HEADING = 28;

interface NotesListProps {
  notes: Annotation[];
  /** Heads each document's first note with its title (the whole-workspace list). */
  titles: ReadonlyMap<number, string> | null;
  colors: ReadonlyMap<string, string>;
  onJump: (annotation: Annotation) => void;
  onHistory: (annotation: Annotation) => void;
  onEdit: (annotation: Annotation) => void;
}

function startsDocument(notes: Annotation[], index: number): boolean {
  return index === 0 || notes[index - 1]?.documentId !== notes[index]?.documentId;
}

export function NotesList({ notes, titles, colors, onJump, onHistory, onEdit }: NotesListProps) {
  const { scrollRef, containerProps, virtualizer } = useVirtualRows({
    count: notes.length,
    estimateSize: useCallback((index: number) => NOTE_ROW + (titles && startsDocument(notes, index) ? HEADING : 0), [notes, titles]),
    // Stable between renders: a new one makes the virtualizer lay out every row again.
    getItemKey: useCallback((index: number) => notes[index]?.id ?? index, [notes]),
    focusSelector: '.note__quote',
  });

  return (
    <div ref={scrollRef} className="notes-scroll" onFocus={containerProps.onFocus} onKeyDown={containerProps.onKeyDown}>
      <ol className="notes" aria-label="Notes" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const annotation = notes[item.index];
          if (!annotation) return null;
          const heading = titles && startsDocument(notes, item.index);
          return (
            <li
              key={annotation.id}
              ref={virtualizer.measureElement}
              data-index={item.index}
              aria-setsize={notes.length}
              aria-posinset={item.index + 1}
              className={`notes__row${heading && item.index > 0 ? ' notes__row--group' : ''}`}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {heading ? <h3 className="notes__doc">{titles.get(annotation.documentId) ?? `Document ${annotation.documentId}`}</h3> : null}
              <NoteCard annotation={annotation} colors={colors} onJump={onJump} onHistory={onHistory} onEdit={onEdit} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
