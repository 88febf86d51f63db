// One note in the notes panel: the quote (a button that jumps to the passage), the note, tag
// chips and assessments in words, and "Edit" and "History" buttons. The list row around it is
// NotesList's.
import { memo } from 'react';
import { inQuotes } from '../../../api/quote-marks.js';
import type { Annotation } from '../../../api/types.js';
import { TagChip } from '../../components/TagChip.js';
import { formatTimestamp } from '../../lib/format-time.js';
import { assessmentWords } from '../annotations/highlight-draft.js';
import { NoteText } from './NoteText.js';

interface NoteCardProps {
  annotation: Annotation;
  colors: ReadonlyMap<string, string>;
  onJump: (annotation: Annotation) => void;
  onHistory: (annotation: Annotation) => void;
  onEdit: (annotation: Annotation) => void;
}

export const NoteCard = memo(function NoteCard({ annotation, colors, onJump, onHistory, onEdit }: NoteCardProps) {
  const words = assessmentWords(annotation);
  const color = annotation.tags[0] ? colors.get(annotation.tags[0].toLowerCase()) : undefined;
  return (
    <div className="note" style={color ? { borderInlineStartColor: color } : undefined}>
      <button type="button" className="note__quote" onClick={() => onJump(annotation)}>
        {inQuotes(annotation.exact)}
      </button>
      {annotation.note ? <NoteText source={annotation.note} /> : null}
      {annotation.tags.length > 0 ? (
        <p className="note__tags">
          {annotation.tags.map((tag) => (
            <TagChip key={tag} name={tag} color={colors.get(tag.toLowerCase())} />
          ))}
        </p>
      ) : null}
      {words.length > 0 ? (
        <p className="note__assessments">
          {words.map((word, i) => (
            <span key={word}>
              {i > 0 ? <span aria-hidden="true"> · </span> : null}
              {word}
            </span>
          ))}
        </p>
      ) : null}
      <div className="note__footer">
        <span className="note__time">
          <time dateTime={annotation.updatedAt}>{formatTimestamp(annotation.updatedAt)}</time>
        </span>
        <span className="note__actions">
          <button type="button" className="button button--quiet button--small" onClick={() => onEdit(annotation)}>
            Edit
          </button>
          <button type="button" className="button button--quiet button--small" onClick={() => onHistory(annotation)}>
            History
          </button>
        </span>
      </div>
    </div>
  );
});
