// The reader column: the open document (or a prompt to open one), with its loading and error
// states. The document body is fetched once per document; highlights follow every change. Another
// document opens only once unsaved details of this one are saved or discarded (use-switch-guard.ts).
import { useEffect } from 'react';
import type { Annotation, SearchHit, Tag } from '../../../api/types.js';
import { errorMessage } from '../../api/workbench-client.js';
import { DirtyScope } from '../../components/dirty-scope.js';
import { DiscardPrompt } from '../../components/DiscardPrompt.js';
import { ErrorAlert, Loading } from '../../components/Feedback.js';
import { useAnnotations } from '../annotations/use-annotations.js';
import { DocumentView } from './DocumentView.js';
import { useDocument } from './use-document.js';
import type { FocusRequest } from './use-reveal.js';
import { useSwitchGuard } from './use-switch-guard.js';

interface ReaderPaneProps {
  documentId: number | null;
  matches: SearchHit['matches'];
  tags: Tag[];
  focusRequest: FocusRequest | null;
  /** The open document's title once loaded (for the export dialog's "only this document"). */
  onLoaded: (id: number, title: string) => void;
  onRemoved: () => void;
}

const NO_ANNOTATIONS: Annotation[] = [];
const NO_MATCHES: SearchHit['matches'] = [];

export function ReaderPane({ documentId: requestedId, matches, tags, focusRequest, onLoaded, onRemoved }: ReaderPaneProps) {
  const { shownId: documentId, report, guard } = useSwitchGuard(requestedId);
  const doc = useDocument(documentId);
  // Cached per document, so the notes pane's list of the same document is the same query.
  const annotations = useAnnotations({ documentId: documentId ?? 0 }, documentId !== null);

  const loadedId = doc.data?.id;
  const loadedTitle = doc.data?.title;
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
  if (doc.isError) return <ErrorAlert className="reader-error" message={errorMessage(doc.error)} onRetry={() => void doc.refetch()} />;
  const loaded = doc.data;
  if (!loaded) return <Loading label="Opening document…" />;
  return (
    <>
      {annotations.isError ? <ErrorAlert message={errorMessage(annotations.error)} onRetry={() => void annotations.refetch()} /> : null}
      {guard ? <DiscardPrompt guard={guard} /> : null}
      <DirtyScope value={report}>
        <DocumentView
          key={loaded.id}
          doc={loaded}
          annotations={annotations.data ?? NO_ANNOTATIONS}
          tags={tags}
          matches={documentId === requestedId ? matches : NO_MATCHES}
          focusRequest={focusRequest}
          onRemoved={onRemoved}
        />
      </DirtyScope>
    </>
  );
}
