// The reader's word on copies found at import: which earlier document from another source this one
// copies wording from ("Copied from", the earliest first) and how many later documents copy it.
import { plural } from '../../lib/format.js';
import { formatDate } from '../../lib/format-time.js';
import { useDocumentCopies } from './use-copies.js';

export function CopyRows({ documentId }: { documentId: number }) {
  const copies = useDocumentCopies(documentId).data ?? [];
  const origins = copies.filter((c) => c.copy.documentId === documentId);
  const earliest = origins[0]?.origin;
  const copiedBy = new Set(copies.filter((c) => c.origin.documentId === documentId).map((c) => c.copy.documentId));
  const otherOrigins = new Set(origins.map((c) => c.origin.documentId)).size - 1;
  return (
    <>
      {earliest ? (
        <div className="meta__row">
          <dt>Copied from</dt>
          <dd>
            {[earliest.title, earliest.source, formatDate(earliest.date)].filter(Boolean).join(' · ')}
            {otherOrigins > 0 ? ` (and ${plural(otherOrigins, 'other document')})` : null}
          </dd>
        </div>
      ) : null}
      {copiedBy.size > 0 ? (
        <div className="meta__row">
          <dt>Copied by</dt>
          <dd>{plural(copiedBy.size, 'later document')} from other sources</dd>
        </div>
      ) : null}
    </>
  );
}
