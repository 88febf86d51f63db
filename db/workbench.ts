// The core's implementation of WorkbenchApi over one workspace file. Doors (CLI, web host,
// Electron) open one of these and call its methods; nothing else reaches the tables directly.
import type { WorkbenchApi } from '../api/workbench-api.js';
import type { ImportProgress } from '../api/types.js';
import { WorkbenchError } from '../api/result.js';
import { openWorkspace, type Db, type OpenOptions } from './open-workspace.js';

export interface WorkbenchOptions extends OpenOptions {
  /** Called as a long import advances (scanning, importing, indexing). */
  onProgress?: (progress: ImportProgress) => void;
}

export interface Workbench extends WorkbenchApi {
  readonly path: string;
  readonly db: Db;
  close(): void;
}

export function openWorkbench(path: string, options: WorkbenchOptions = {}): Workbench {
  const db = openWorkspace(path, options);
  const pending = (): never => {
    throw new WorkbenchError('internal', 'not built yet');
  };
  return {
    path,
    db,
    close: () => db.close(),
    getWorkspaceInfo: pending,
    importPaths: pending,
    importFiles: pending,
    importSample: pending,
    listDocuments: pending,
    getDocument: pending,
    deleteDocument: pending,
    listFacets: pending,
    search: pending,
    createAnnotation: pending,
    updateAnnotation: pending,
    deleteAnnotation: pending,
    listAnnotations: pending,
    getAnnotationHistory: pending,
    listTags: pending,
    createTag: pending,
    renameTag: pending,
    mergeTags: pending,
    recolorTag: pending,
    deleteTag: pending,
    exportAnnotations: pending,
    importAnnotations: pending,
  };
}
