// The reader's bearings: which document is open (title, source, date), pinned above the scrolling
// text so it stays in sight after a jump to a hit or from a note, however far down the text is.
import type { DocumentWithBody } from '../../../api/types.js';
import { formatDate } from '../../lib/format-time.js';

export function ReaderTitleBar({ doc }: { doc: DocumentWithBody }) {
  const details = [doc.source ?? 'No source', doc.date ? formatDate(doc.date) : 'No date'];
  return (
    <section className="reader-titlebar" aria-label="Open document">
      <p className="reader-titlebar__title" title={doc.title}>
        {doc.title}
      </p>
      <p className="reader-titlebar__meta">
        <span className="reader-titlebar__source">{details[0]}</span>
        <span aria-hidden="true"> · </span>
        {doc.date ? <time dateTime={doc.date}>{details[1]}</time> : <span>{details[1]}</span>}
      </p>
    </section>
  );
}
