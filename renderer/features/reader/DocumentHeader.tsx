// The reader's metadata header: title as the page's <h1>, then source, author, date, language,
// origin and URL (shown as copyable text: Assay stays offline), plus any extra metadata.
import { useState, type ReactNode } from 'react';
import type { DocumentWithBody } from '../../../api/types.js';
import { errorMessage } from '../../api/workbench-client.js';
import { ConfirmInline } from '../../components/ConfirmInline.js';
import { ErrorAlert } from '../../components/Feedback.js';
import { formatDate, languageName, plural } from '../../lib/format.js';
import { useRemoveDocument } from './use-document.js';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="meta__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function DocumentHeader({ doc, onRemoved }: { doc: DocumentWithBody; onRemoved: () => void }) {
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
        {doc.url ? (
          <Row label="URL">
            <span className="meta__url">{doc.url}</span>{' '}
            <button type="button" className="button button--quiet button--small" onClick={copy}>
              {copied ? 'Copied' : 'Copy URL'}
            </button>
          </Row>
        ) : null}
        <Row label="Length">{plural(doc.body.length, 'character')}</Row>
      </dl>
      <div className="doc-header__actions">
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
    </header>
  );
}
