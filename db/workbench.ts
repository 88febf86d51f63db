// The core's implementation of WorkbenchApi over one workspace file. Doors (CLI, web host,
// Electron) open one of these and call its methods; nothing else reaches the tables directly.
// After every write the search index is brought into step before the call returns.
import { dispatch, guard, type BugReporter } from '../api/contract.js';
import type { Result } from '../api/result.js';
import type { ChangeTopic } from '../api/transport.js';
import type { ChangeKind, ImportProgress, ImportReport, WorkspaceInfo } from '../api/types.js';
import { WORKBENCH_CONTRACT, type WorkbenchApi, type WorkbenchHandlers } from '../api/workbench-api.js';
import { getAch } from './ach/ach-matrix.js';
import { confirmSameClaim, listSameClaims, unlinkSameClaim } from './ach/claim-links.js';
import { relatedPassages } from './ach/related-passages.js';
import { createHypothesis, deleteHypothesis, getHypothesisHistory, listHypotheses, setQuestion, updateHypothesis } from './ach/hypotheses.js';
import { getRatingHistory, listRatings, rate } from './ach/ratings.js';
import { createAnnotation, deleteAnnotation, updateAnnotation } from './annotations.js';
import { listAnnotations } from './annotations-read.js';
import { listCopies } from './copies/copies-read.js';
import { browseDocuments, listDocumentIds } from './document-browser.js';
import { getDocumentHistory, updateDocument, updateDocuments } from './document-details.js';
import { getDocument, listDocuments, listFacets } from './documents.js';
import { exportAnnotations, importAnnotations } from './exchange.js';
import { getHistory, getHistoryEntry } from './history.js';
import { importFiles, importPaths } from './import/import-runner.js';
import { schemaVersion } from './migrations/index.js';
import { openWorkspace, type Db, type OpenOptions } from './open-workspace.js';
import { packageRoot } from './package-root.js';
import { removeDocument, removeDocuments } from './remove-document.js';
import { INDEX_VERSION } from './search/lunr-setup.js';
import { search } from './search/search.js';
import { IndexReader } from './search/index-reader.js';
import { catchUpIndex } from './search/index-upkeep.js';
import { indexPending, pendingCount } from './search/index-writer.js';
import { createTag, deleteTag, listTags, mergeTags, recolorTag, renameTag } from './tags.js';
import { changeLabels } from './undo/change-labels.js';
import { listChanges, recordChange } from './undo/change-sets.js';
import { restoreAnnotationVersion } from './undo/restore-version.js';
import { undoChange } from './undo/undo-change.js';
import { reportingBusy } from './workspace-lock.js';
import { watchWorkspace, type WorkspaceWatch } from './workspace-watch.js';
import { join } from 'node:path';

export interface WorkbenchOptions extends OpenOptions {
  /** Called as a long import advances (scanning, importing, indexing). */
  onProgress?: (progress: ImportProgress) => void;
  /** Called when another connection (the CLI, a second window) has committed changes; see workspace-watch.ts. */
  onChange?: (topics: ChangeTopic[]) => void;
}

/**
 * An open workspace. Its WorkbenchApi methods check their argument against the contract (callers in
 * this process: the CLI, tests); `dispatch` is the same for doors that answer with a Result.
 */
export interface Workbench extends WorkbenchApi {
  readonly path: string;
  readonly db: Db;
  /** Runs one call from a door as a Result; `onBug` hears of failures that are bugs, stack and all. */
  dispatch(method: string, input: unknown, onBug?: BugReporter): Promise<Result<unknown>>;
  close(): void;
}

export function sampleCorpusPath(): string {
  return join(packageRoot(), 'sample', 'corpus');
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
      segments: count('SELECT count(*) FROM search_batch'),
      documents: count('SELECT count(DISTINCT document_id) FROM search_field'),
      pending: pendingCount(db),
      version: INDEX_VERSION,
    },
  };
}

export function openWorkbench(path: string, options: WorkbenchOptions = {}): Workbench {
  const db = openWorkspace(path, options);
  let watch: WorkspaceWatch | null = null;
  try {
    if (options.onChange && path !== ':memory:') watch = watchWorkspace(path, options.onChange, options);
  } catch (error) {
    db.close();
    throw error;
  }
  const reader = new IndexReader(db);
  let indexChecked = false;
  /** An index of another version, or a workspace from before it, is brought into step before its first read, once. */
  const ensureIndex = async (): Promise<void> => {
    // After the first check only documents marked outside a workbench write (a bare core call) can lag.
    if (!indexChecked || pendingCount(db) > 0) indexChecked = catchUpIndex(db);
  };

  // One import at a time may be asked to stop; a request reaches the import running when it was made.
  let importsRunning = 0;
  let stopRequested = false;
  const importing = async (run: (stop: () => boolean) => Promise<ImportReport>): Promise<ImportReport> => {
    if (importsRunning === 0) stopRequested = false;
    importsRunning += 1;
    try {
      return await run(() => stopRequested);
    } finally {
      importsRunning -= 1;
    }
  };

  /** Runs a write and indexes the documents it changed before the same transaction commits. */
  const write = async <T>(work: () => T): Promise<T> =>
    db
      .transaction(() => {
        const result = work();
        indexPending(db);
        return result;
      })
      .immediate();

  /** A write recorded as a change the analyst can undo (see db/undo/); its value carries the changeId. */
  const undoable = async <T extends object>(kind: ChangeKind, label: () => string, work: () => T): Promise<T & { changeId: number }> =>
    write(() => {
      const { value, changeId } = recordChange(db, kind, label(), work);
      return { ...value, changeId };
    });

  // Each handler receives its argument already checked against the contract (api/schemas/).
  // A lock another process holds past the wait becomes the 'busy' error, here for every method.
  const handlers = reportingBusy<WorkbenchHandlers>({
    getWorkspaceInfo: async () => workspaceInfo(db, path),
    importPaths: async ({ paths, source }) => {
      const report = await importing((stop) => importPaths(db, paths, options.onProgress, stop));
      if (source !== undefined && report.added.length > 0) await write(() => updateDocuments(db, { ids: report.added.map((added) => added.id), set: { source } }));
      return report;
    },
    importFiles: async ({ files }) => importing((stop) => importFiles(db, files, options.onProgress, stop)),
    importSample: async () => importing((stop) => importPaths(db, [sampleCorpusPath()], options.onProgress, stop)),
    cancelImport: async () => {
      stopRequested = importsRunning > 0;
      return { stopping: stopRequested };
    },
    listDocuments: async ({ limit, offset }) => listDocuments(db, limit ?? 1000, offset ?? 0),
    browseDocuments: async (input) => browseDocuments(db, input),
    listDocumentIds: async ({ filters }) => listDocumentIds(db, filters),
    getDocument: async ({ id }) => getDocument(db, id),
    updateDocument: async (input) => write(() => updateDocument(db, input)),
    updateDocuments: async (input) => write(() => updateDocuments(db, input)),
    getDocumentHistory: async ({ id }) => getDocumentHistory(db, id),
    deleteDocument: async ({ id }) =>
      undoable(
        'delete-document',
        () => changeLabels.deleteDocument(db, id),
        () => removeDocument(db, id),
      ),
    deleteDocuments: async ({ ids }) =>
      undoable(
        'delete-documents',
        () => changeLabels.deleteDocuments(db, ids),
        () => removeDocuments(db, ids),
      ),
    listFacets: async () => listFacets(db),
    search: async (input) => {
      await ensureIndex();
      return search(db, reader, input);
    },
    createAnnotation: async (input) => write(() => createAnnotation(db, input)),
    updateAnnotation: async (input) =>
      undoable(
        'update-annotation',
        () => changeLabels.updateAnnotation(db, input.id),
        () => updateAnnotation(db, input),
      ),
    deleteAnnotation: async ({ id }) =>
      undoable(
        'delete-annotation',
        () => changeLabels.deleteAnnotation(db, id),
        () => deleteAnnotation(db, id),
      ),
    listAnnotations: async (filter) => listAnnotations(db, filter),
    getAnnotationHistory: async ({ id }) => getHistory(db, id),
    listTags: async () => listTags(db),
    createTag: async ({ name, color }) => createTag(db, name, color),
    renameTag: async ({ id, name }) => write(() => renameTag(db, id, name)),
    mergeTags: async ({ sourceId, targetId }) =>
      undoable(
        'merge-tags',
        () => changeLabels.mergeTags(db, sourceId, targetId),
        () => mergeTags(db, sourceId, targetId),
      ),
    recolorTag: async ({ id, color }) => recolorTag(db, id, color),
    deleteTag: async ({ id }) =>
      undoable(
        'delete-tag',
        () => changeLabels.deleteTag(db, id),
        () => deleteTag(db, id),
      ),
    exportAnnotations: async (input) => exportAnnotations(db, input),
    importAnnotations: async ({ content, rater }) => write(() => importAnnotations(db, content, rater)),
    listHypotheses: async () => listHypotheses(db),
    createHypothesis: async (input) => createHypothesis(db, input),
    updateHypothesis: async (input) => updateHypothesis(db, input),
    deleteHypothesis: async ({ id }) => deleteHypothesis(db, id),
    getHypothesisHistory: async ({ id }) => getHypothesisHistory(db, id),
    setQuestion: async ({ question }) => setQuestion(db, question),
    rate: async (input) => rate(db, input),
    listRatings: async (filter) => listRatings(db, filter),
    getRatingHistory: async ({ id }) => getRatingHistory(db, id),
    getAch: async () => getAch(db),
    relatedPassages: async ({ annotationId, limit }) => {
      await ensureIndex();
      return relatedPassages(db, reader, annotationId, limit ?? 10);
    },
    confirmSameClaim: async (input) => write(() => confirmSameClaim(db, input)),
    unlinkSameClaim: async ({ annotationId, otherId }) => unlinkSameClaim(db, annotationId, otherId),
    listSameClaims: async ({ id }) => listSameClaims(db, id),
    listCopies: async (filter) => listCopies(db, filter),
    listChanges: async ({ limit }) => listChanges(db, limit ?? 50),
    undoChange: async ({ changeId }) => write(() => undoChange(db, changeId)),
    restoreAnnotationVersion: async ({ id, version }) => {
      const { snapshot, at } = getHistoryEntry(db, id, version);
      return undoable(
        'restore-annotation',
        () => changeLabels.restoreAnnotation(db, snapshot.exact, at),
        () => restoreAnnotationVersion(db, snapshot),
      );
    },
  });

  return {
    ...guard(WORKBENCH_CONTRACT, handlers),
    path,
    db,
    dispatch: (method, input, onBug) => dispatch(WORKBENCH_CONTRACT, handlers, method, input, onBug),
    close: () => {
      watch?.stop();
      db.close();
    },
  };
}
