// Documents as typed hooks: the open document with its body (cached per id, refetched only after
// imports or removals, so edits elsewhere never reload a large text), the document list, the
// workspace's counts, editing a document's details and reading their history, and removing a document.
import type { UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import { MAX_LIST_LIMIT } from '../../../api/schemas/documents.js';
import type { DocumentHistoryEntry, DocumentSummary, DocumentWithBody, WorkspaceInfo } from '../../../api/types.js';
import type { MethodInput } from '../../../api/workbench-api.js';
import { useWorkbenchMutation, useWorkbenchQuery } from '../../data/workbench-hooks.js';

export function useDocument(id: number | null): UseQueryResult<DocumentWithBody> {
  return useWorkbenchQuery('getDocument', { id: id ?? 0 }, { enabled: id !== null });
}

/**
 * Titles and metadata of the documents (as many as one call may list), for notes listed across the
 * workspace. A limit above the contract's maximum is refused, and then no title shows at all.
 */
export function useDocumentList(enabled: boolean): UseQueryResult<DocumentSummary[]> {
  return useWorkbenchQuery('listDocuments', { limit: MAX_LIST_LIMIT }, { enabled });
}

export function useWorkspaceInfo(): UseQueryResult<WorkspaceInfo> {
  return useWorkbenchQuery('getWorkspaceInfo', {});
}

/** Removes a document with its highlights; resolves to how many highlights went with it. */
export function useRemoveDocument(): (id: number) => Promise<number> {
  const { mutateAsync } = useWorkbenchMutation('deleteDocument');
  return useCallback(async (id) => (await mutateAsync({ id })).annotationsDeleted, [mutateAsync]);
}

/** Saves changed details of one document; resolves to the document as stored. */
export function useUpdateDocument(): (input: MethodInput<'updateDocument'>) => Promise<DocumentWithBody> {
  const { mutateAsync } = useWorkbenchMutation('updateDocument');
  return mutateAsync;
}

/** How the document's details changed, oldest first; fetched only while shown. */
export function useDocumentHistory(id: number, enabled: boolean): UseQueryResult<DocumentHistoryEntry[]> {
  return useWorkbenchQuery('getDocumentHistory', { id }, { enabled });
}
