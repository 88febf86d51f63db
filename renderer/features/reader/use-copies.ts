// Copies found at import as a typed hook: the copied passages of one document, both ways.
import type { UseQueryResult } from '@tanstack/react-query';
import type { Copy } from '../../../api/types.js';
import { useWorkbenchQuery } from '../../data/workbench-hooks.js';

export function useDocumentCopies(documentId: number): UseQueryResult<Copy[]> {
  return useWorkbenchQuery('listCopies', { documentId });
}
