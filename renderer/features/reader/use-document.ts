// Documents as typed hooks: the open document with its body (cached per id, refetched only after
// imports or removals, so edits elsewhere never reload a large text), the document list, the
// workspace's counts, and removing a document.
import type { UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { DocumentSummary, DocumentWithBody, WorkspaceInfo } from '../../../api/types.js';
import { useWorkbenchMutation, useWorkbenchQuery } from '../../data/workbench-hooks.js';

export function useDocument(id: number | null): UseQueryResult<DocumentWithBody> {
  return useWorkbenchQuery('getDocument', { id: id ?? 0 }, { enabled: id !== null });
}

/** Titles and metadata of every document, for notes listed across the workspace. */
export function useDocumentList(enabled: boolean): UseQueryResult<DocumentSummary[]> {
  return useWorkbenchQuery('listDocuments', { limit: 100_000 }, { enabled });
}

export function useWorkspaceInfo(): UseQueryResult<WorkspaceInfo> {
  return useWorkbenchQuery('getWorkspaceInfo', {});
}

/** Removes a document with its highlights; resolves to how many highlights went with it. */
export function useRemoveDocument(): (id: number) => Promise<number> {
  const { mutateAsync } = useWorkbenchMutation('deleteDocument');
  return useCallback(async (id) => (await mutateAsync({ id })).annotationsDeleted, [mutateAsync]);
}
