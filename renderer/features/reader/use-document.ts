// The open document with its body, fetched once per id (and again only after imports or
// deletions), so edits elsewhere never reload a large text.
import type { DocumentSummary, DocumentWithBody, WorkspaceInfo } from '../../../api/types.js';
import { useApi } from '../../api/workbench-client.js';
import { bump, useRevision } from '../../state/revisions.js';
import { useAsync, type AsyncState } from '../../state/use-async.js';

export function useDocument(id: number | null): AsyncState<DocumentWithBody> {
  const api = useApi();
  const documents = useRevision('documents');
  return useAsync(
    () => (id === null ? Promise.reject(new Error('No document is open.')) : api.getDocument({ id })),
    [api, id, documents],
    id !== null,
  );
}

/** Titles and metadata of every document, for notes listed across the workspace. */
export function useDocumentList(enabled: boolean): AsyncState<DocumentSummary[]> {
  const api = useApi();
  const documents = useRevision('documents');
  return useAsync(() => api.listDocuments({ limit: 100_000 }), [api, documents], enabled);
}

export function useWorkspaceInfo(): AsyncState<WorkspaceInfo> {
  const api = useApi();
  const documents = useRevision('documents');
  const annotations = useRevision('annotations');
  const tags = useRevision('tags');
  return useAsync(() => api.getWorkspaceInfo({}), [api, documents, annotations, tags]);
}

/** Removes a document with its highlights; resolves to how many highlights went with it. */
export function useRemoveDocument(): (id: number) => Promise<number> {
  const api = useApi();
  return async (id) => {
    const { annotationsDeleted } = await api.deleteDocument({ id });
    bump('documents', 'annotations', 'tags');
    return annotationsDeleted;
  };
}
