// "Related passages" under a highlight: the sentences in other documents that report the same thing,
// best first, with their document, source, date and the words they share. "Same claim" highlights the
// sentence (if it is not yet) and links it to this highlight, so the matrix counts its sources once.
import { useState } from 'react';
import { inQuotes } from '../../../api/quote-marks.js';
import { errorMessage } from '../../api/workbench-client.js';
import { ErrorAlert, Loading } from '../../components/Feedback.js';
import { formatDate } from '../../lib/format-time.js';
import { useConfirmSameClaim, useRelatedPassages } from './use-echoes.js';

export function RelatedPassages({ annotationId }: { annotationId: string }) {
  const [open, setOpen] = useState(false);
  const related = useRelatedPassages(annotationId, open);
  const confirm = useConfirmSameClaim();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  return (
    <details className="related" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Related passages in other documents</summary>
      {error ? <ErrorAlert message={error} /> : null}
      {!open ? null : related.isError ? (
        <ErrorAlert message={errorMessage(related.error)} onRetry={() => void related.refetch()} />
      ) : !related.data ? (
        <Loading label="Looking for the same claim elsewhere…" />
      ) : related.data.length === 0 ? (
        <p className="related__empty">No other document reports this passage in words the index can match.</p>
      ) : (
        <ol className="related__list" aria-label="Related passages">
          {related.data.map((passage, index) => (
            <li key={`${passage.documentId}:${passage.start}`} className="related__item">
              <span className="related__cite">
                {[passage.title, passage.source, formatDate(passage.date)].filter(Boolean).join(' · ')} · {Math.round(passage.score * 100)}% match
              </span>
              <span className="related__quote">{inQuotes(passage.exact)}</span>
              <span className="related__shared">shares: {passage.shared.join(', ')}</span>
              {passage.copy ? (
                <span className="related__copy">
                  {passage.copy === 'copy-of' ? 'Copied word for word from this highlight’s passage' : 'The original: this highlight’s passage copies it'}
                </span>
              ) : null}
              {passage.sameClaim ? (
                <span className="related__linked">Linked as the same claim</span>
              ) : (
                <button
                  type="button"
                  className="button button--small"
                  disabled={busy !== null}
                  onClick={() => {
                    setBusy(index);
                    setError(null);
                    confirm({ annotationId, documentId: passage.documentId, start: passage.start, end: passage.end })
                      .catch((failure: unknown) => setError(errorMessage(failure)))
                      .finally(() => setBusy(null));
                  }}
                >
                  {busy === index ? 'Linking…' : 'Same claim'}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
