// The reader column: the open document (or a prompt to open one), with its loading and error
// states. The document body is fetched once per document; highlights follow every change.
import { useEffect, useMemo } from 'react';
import type { Annotation, SearchHit, Tag } from '../../../api/types.js';
import { ErrorAlert, Loading } from '../../components/Feedback.js';
import { useAnnotations } from '../annotations/use-annotations.js';
import { DocumentView } from './DocumentView.js';
import { useDocument } from './use-document.js';
import type { FocusRequest } from './use-reveal.js';

interface ReaderPaneProps {
  documentId: number | null;
  matches: SearchHit['matches'];
  tags: Tag[];
  focusRequest: FocusRequest | null;
  /** The open document's title once loaded (for the export dialog's "only this document"). */
  onLoaded: (id: number, title: string) => void;
  onRemoved: () => void;
}


export function ReaderPane({ documentId, matches, tags, focusRequest, onLoaded, onRemoved }: ReaderPaneProps) {
  const doc = useDocument(documentId);
  const annotations = useAnnotations({ documentId: documentId ?? -1 }, documentId !== null);
  // The previous document's highlights stay in the hook while the new ones load: never paint them.
  const own = useMemo<Annotation[]>(() => (annotations.value ?? []).filter((a) => a.documentId === documentId), [annotations.value, documentId]);

  const loadedId = doc.value?.id;
  const loadedTitle = doc.value?.title;
  useEffect(() => {
    if (loadedId !== undefined && loadedTitle !== undefined) onLoaded(loadedId, loadedTitle);
  }, [loadedId, loadedTitle, onLoaded]);

  if (documentId === null) {
    return (
      <div className="reader-empty">
        <div className="empty">
          <h1 className="empty__title empty__title--heading">No document open</h1>
          <p>
            Pick a result on the left (<kbd>j</kbd> / <kbd>k</kbd>, then <kbd>Enter</kbd>), or a note on the right.
          </p>
        </div>
      </div>
    );
  }
  if (doc.status === 'error' && doc.error) return <ErrorAlert className="reader-error" message={doc.error} onRetry={doc.reload} />;
  const loaded = doc.value && doc.value.id === documentId ? doc.value : undefined;
  if (!loaded) return <Loading label="Opening document…" />;
  return (
    <>
      {annotations.status === 'error' && annotations.error ? <ErrorAlert message={annotations.error} onRetry={annotations.reload} /> : null}
      <DocumentView
        key={loaded.id}
        doc={loaded}
        annotations={own}
        tags={tags}
        matches={matches}
        focusRequest={focusRequest}
        onRemoved={onRemoved}
      />
    </>
  );
}
