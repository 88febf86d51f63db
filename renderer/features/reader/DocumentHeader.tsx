// The reader's metadata header: title as the page's <h1>, then source, author, date (in the
// analyst's zone, named), language, origin and URL (shown as copyable text: Assay stays offline),
// document tags and note, plus any extra metadata and the history of the details. "Edit details"
// turns it into the details form.
import { useState, type ReactNode } from 'react';
import type { DocumentWithBody, Tag } from '../../../api/types.js';
import { errorMessage } from '../../api/workbench-client.js';
import { ConfirmInline } from '../../components/ConfirmInline.js';
import { ErrorAlert } from '../../components/Feedback.js';
import { TagChip } from '../../components/TagChip.js';
import { languageName, plural } from '../../lib/format.js';
import { formatDate } from '../../lib/format-time.js';
import { NoteText } from '../notes/NoteText.js';
import { CopyRows } from './CopyRows.js';
import { DocumentDetailsForm } from './DocumentDetailsForm.js';
import { DocumentHistoryList } from './DocumentHistoryList.js';
import { useRemoveDocument } from './use-document.js';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="meta__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

interface DocumentHeaderProps {
  doc: DocumentWithBody;
  knownTags: Tag[];
  onRemoved: () => void;
}

export function DocumentHeader({ doc, knownTags, onRemoved }: DocumentHeaderProps) {
  const [editing, setEditing] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = useRemoveDocument();
  const confirmRemove = (): void => {
    setError(null);
    remove(doc.id).then(onRemoved, (failure: unknown) => {
      setError(errorMessage(failure));
      setConfirming(false);
    });
  };
  const extra = Object.entries(doc.meta);
  const copy = (): void => {
    if (!doc.url) return;
    void navigator.clipboard?.writeText(doc.url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  const colors = new Map(knownTags.map((tag) => [tag.name.toLowerCase(), tag.color]));
  if (editing) {
    return (
      <header className="doc-header">
        <h1 className="doc-header__title">{doc.title}</h1>
        <DocumentDetailsForm doc={doc} knownTags={knownTags} onDone={() => setEditing(false)} />
      </header>
    );
  }
  return (
    <header className="doc-header">
      <h1 className="doc-header__title">{doc.title}</h1>
      <dl className="meta">
        {doc.source ? <Row label="Source">{doc.source}</Row> : null}
        {doc.author ? <Row label="Author">{doc.author}</Row> : null}
        {doc.date ? (
          <Row label="Date">
            <time dateTime={doc.date}>{formatDate(doc.date)}</time>
          </Row>
        ) : null}
        <Row label="Language">{languageName(doc.language)}</Row>
        <Row label="Origin">
          <span className="meta__path">{doc.origin}</span>
        </Row>
        <CopyRows documentId={doc.id} />
        {doc.url ? (
          <Row label="URL">
            <span className="meta__url">{doc.url}</span>{' '}
            <button type="button" className="button button--quiet button--small" onClick={copy}>
              {copied ? 'Copied' : 'Copy URL'}
            </button>
          </Row>
        ) : null}
        <Row label="Length">{plural(doc.body.length, 'character')}</Row>
        {doc.pages.length > 0 ? <Row label="Pages">{plural(doc.pages[doc.pages.length - 1]?.page ?? 0, 'page')}</Row> : null}
        {doc.tags.length > 0 ? (
          <Row label="Tags">
            <span className="doc-header__tags">
              {doc.tags.map((tag) => (
                <TagChip key={tag} name={tag} color={colors.get(tag.toLowerCase())} />
              ))}
            </span>
          </Row>
        ) : null}
      </dl>
      {doc.note ? (
        <section className="doc-header__note" aria-label="Note on the document">
          <NoteText source={doc.note} />
        </section>
      ) : null}
      <div className="doc-header__actions">
        <button type="button" className="button button--small" onClick={() => setEditing(true)}>
          Edit details
        </button>
        <button type="button" className="button button--small button--danger-quiet" onClick={() => setConfirming(true)} disabled={confirming}>
          Remove document
        </button>
      </div>
      {confirming ? (
        <ConfirmInline
          message={`Remove “${doc.title}” from this workspace? Its highlights go with it; their history is kept.`}
          confirmLabel="Yes, remove"
          onConfirm={confirmRemove}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      {error ? <ErrorAlert message={error} /> : null}
      {extra.length > 0 ? (
        <details className="meta__more">
          <summary>More metadata</summary>
          <dl className="meta">
            {extra.map(([key, value]) => (
              <Row key={key} label={key}>
                {value}
              </Row>
            ))}
          </dl>
        </details>
      ) : null}
      <details className="meta__more" onToggle={(event) => setHistoryOpen(event.currentTarget.open)}>
        <summary>History of these details</summary>
        {historyOpen ? <DocumentHistoryList documentId={doc.id} /> : null}
      </details>
    </header>
  );
}
