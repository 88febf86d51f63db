// The core's implementation of WorkbenchApi over one workspace file. Doors (CLI, web host,
// Electron) open one of these and call its methods; nothing else reaches the tables directly.
// After every write the search index is brought into step before the call returns.
import type { WorkbenchApi } from '../api/workbench-api.js';
import type { ImportProgress, WorkspaceInfo } from '../api/types.js';
import { WorkbenchError } from '../api/result.js';
import { checkFilter } from './annotation-input.js';
import { createAnnotation, deleteAnnotation, updateAnnotation } from './annotations.js';
import { listAnnotations } from './annotations-read.js';
import { getDocument, listDocuments, listFacets } from './documents.js';
import { exportAnnotations, importAnnotations } from './exchange.js';
import { getHistory } from './history.js';
import { importFiles, importPaths } from './import/import-runner.js';
import { schemaVersion } from './migrations/index.js';
import { openWorkspace, type Db, type OpenOptions } from './open-workspace.js';
import { packageRoot } from './package-root.js';
import { removeDocument } from './remove-document.js';
import { INDEX_VERSION } from './search/lunr-setup.js';
import { search } from './search/search.js';
import { SegmentCache } from './search/segment-cache.js';
import { checkIndex, pendingCount, syncIndex, syncIndexInParallel } from './search/segments.js';
import { createTag, deleteTag, listTags, mergeTags, recolorTag, renameTag } from './tags.js';
import { join } from 'node:path';

export interface WorkbenchOptions extends OpenOptions {
  /** Called as a long import advances (scanning, importing, indexing). */
  onProgress?: (progress: ImportProgress) => void;
}

export interface Workbench extends WorkbenchApi {
  readonly path: string;
  readonly db: Db;
  close(): void;
}

export function sampleCorpusPath(): string {
  return join(packageRoot(), 'sample', 'corpus');
}

function wholeNumber(value: unknown, name: string): number {
  if (!Number.isInteger(value) || (value as number) < 0) throw new WorkbenchError('bad-input', `${name} must be a whole number`);
  return value as number;
}

function text(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '') throw new WorkbenchError('bad-input', `${name} is required`);
  return value;
}

function workspaceInfo(db: Db, path: string): WorkspaceInfo {
  const count = (sql: string): number => db.prepare(sql).pluck().get() as number;
  return {
    path,
    schemaVersion: schemaVersion(db),
    documentCount: count('SELECT count(*) FROM document'),
    annotationCount: count('SELECT count(*) FROM annotation'),
    tagCount: count('SELECT count(*) FROM tag'),
    index: {
      segments: count('SELECT count(*) FROM search_segment'),
      documents: count('SELECT count(*) FROM search_entry'),
      pending: pendingCount(db),
      version: INDEX_VERSION,
    },
  };
}

export function openWorkbench(path: string, options: WorkbenchOptions = {}): Workbench {
  const db = openWorkspace(path, options);
  const cache = new SegmentCache(db);
  let indexChecked = false;

  /** Runs a write, then brings the index into step with it. */
  const write = <T>(work: () => T): T => {
    const result = work();
    syncIndex(db);
    return result;
  };

  const api: WorkbenchApi = {
    getWorkspaceInfo: async () => workspaceInfo(db, path),
    importPaths: async ({ paths }) => importPaths(db, paths, options.onProgress),
    importFiles: async ({ files }) => importFiles(db, files, options.onProgress),
    importSample: async () => importPaths(db, [sampleCorpusPath()], options.onProgress),
    listDocuments: async ({ limit, offset } = {}) =>
      listDocuments(db, limit === undefined ? 1000 : wholeNumber(limit, 'limit'), offset === undefined ? 0 : wholeNumber(offset, 'offset')),
    getDocument: async ({ id }) => getDocument(db, wholeNumber(id, 'id')),
    deleteDocument: async ({ id }) => write(() => removeDocument(db, wholeNumber(id, 'id'))),
    listFacets: async () => listFacets(db),
    search: async (input) => {
      if (!indexChecked) {
        // A missing, stale or half-built index (e.g. after a crash) is rebuilt here, once.
        checkIndex(db);
        await syncIndexInParallel(db);
        indexChecked = true;
      }
      return search(db, cache, input);
    },
    createAnnotation: async (input) => write(() => createAnnotation(db, input)),
    updateAnnotation: async (input) => write(() => updateAnnotation(db, { ...input, id: text(input.id, 'id') })),
    deleteAnnotation: async ({ id }) => write(() => deleteAnnotation(db, text(id, 'id'))),
    listAnnotations: async (filter) => listAnnotations(db, checkFilter(filter)),
    getAnnotationHistory: async ({ id }) => getHistory(db, text(id, 'id')),
    listTags: async () => listTags(db),
    createTag: async ({ name, color }) => createTag(db, name, color),
    renameTag: async ({ id, name }) => write(() => renameTag(db, wholeNumber(id, 'id'), name)),
    mergeTags: async ({ sourceId, targetId }) => write(() => mergeTags(db, wholeNumber(sourceId, 'sourceId'), wholeNumber(targetId, 'targetId'))),
    recolorTag: async ({ id, color }) => recolorTag(db, wholeNumber(id, 'id'), color),
    deleteTag: async ({ id }) => write(() => deleteTag(db, wholeNumber(id, 'id'))),
    exportAnnotations: async (input) => exportAnnotations(db, input),
    importAnnotations: async ({ content }) => write(() => importAnnotations(db, content)),
  } satisfies WorkbenchApi;

  return { ...api, path, db, close: () => db.close() };
}
