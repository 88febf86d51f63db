// Puts files into the workspace. Worker threads read, parse and analyse them (import-workers.ts),
// several files ahead; this thread only writes: in batches, each file inside its own savepoint
// (whole or not at all), duplicates found by content hash, each document's index entries in the
// same transaction as the document. Once every file is stored, and searchable, the documents are
// examined for copied passages (pending-copies.ts), which takes about as long again.
// Another process may be writing too: each transaction is short, so neither waits long for the other.
import { statSync } from 'node:fs';
import type { ImportProgress, ImportReport } from '../../api/types.js';
import type { Fingerprinter } from '../copies/fingerprint-texts.js';
import { findPendingCopies, markCopiesPending } from '../copies/pending-copies.js';
import { contentHash, findByHash, insertDocument } from '../documents.js';
import { withRelaxedSync, type Db } from '../open-workspace.js';
import type { AnalysedDocument } from '../search/document-analysis.js';
import { indexPending, type PreparedFields } from '../search/index-writer.js';
import { ImportWorkers } from './import-workers.js';
import type { ParseOutcome } from './parsed-document.js';
import { ReadAhead, type Source } from './read-ahead.js';
import { currentReadRoots } from './read-confinement.js';
import type { PageListener } from './read-job.js';
import { walkPaths } from './walk-paths.js';

/** Files parsed before a batch is written: bounds the number of synced commits. */
const BATCH_FILES = 1000;
/** Characters of text a batch may hold before it is written, whatever its count of files: bounds memory with large files. */
const BATCH_CHARS = 32 * 1024 * 1024;
/** How long one store transaction may hold the workspace's write lock before it commits. */
const STORE_BUDGET_MS = 1000;

export type ProgressListener = (progress: ImportProgress) => void;
/** Asked between batches: true stops the import there (what was stored stays). */
export type StopRequest = () => boolean;
interface ParsedFile {
  origin: string;
  outcome: ParseOutcome;
  /** Each document's analysis, in the order of the outcome's documents. */
  analyses: AnalysedDocument[];
  /** Each document's content hash, in the same order. */
  hashes: string[];
}

function emptyReport(): ImportReport {
  return { added: [], duplicates: [], failed: [] };
}

function storeFile(db: Db, file: ParsedFile, report: ImportReport, prepared: PreparedFields): void {
  if (!file.outcome.ok) {
    report.failed.push({ origin: file.origin, reason: file.outcome.reason });
    return;
  }
  const added: ImportReport['added'] = [];
  const duplicates: ImportReport['duplicates'] = [];
  try {
    db.transaction(() => {
      if (!file.outcome.ok) return;
      for (const [i, document] of file.outcome.documents.entries()) {
        const hash = file.hashes[i] ?? contentHash(document.body);
        const existingId = findByHash(db, hash);
        if (existingId !== undefined) {
          duplicates.push({ origin: document.origin, existingId });
          continue;
        }
        const id = insertDocument(db, document, hash);
        const analysis = file.analyses[i];
        if (analysis) prepared.set(id, analysis);
        markCopiesPending(db, id);
        added.push({ id, title: document.title, origin: document.origin });
      }
    })();
  } catch (error) {
    report.failed.push({ origin: file.origin, reason: `could not be stored: ${(error as Error).message}` });
    return;
  }
  report.added.push(...added);
  report.duplicates.push(...duplicates);
  // Parts that failed inside a file that otherwise imported (a bad message of a mailbox).
  report.failed.push(...(file.outcome.failures ?? []));
}

/** The characters of text a parsed file holds. */
function charsOf(file: ParsedFile): number {
  return file.outcome.ok ? file.outcome.documents.reduce((sum, document) => sum + document.body.length, 0) : 0;
}

/** Lets replies from the workers in, and hands them more files, between two transactions. */
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Stores a batch, with its index entries, in as many transactions as the time budget needs; a stop
 * request ends it between transactions. Returns how many of the batch's files were not stored.
 */
async function storeBatch(db: Db, batch: ParsedFile[], report: ImportReport, stop?: StopRequest): Promise<number> {
  let next = 0;
  const storeSome = (): void => {
    const prepared: PreparedFields = new Map();
    const began = performance.now();
    do storeFile(db, batch[next++] as ParsedFile, report, prepared);
    while (next < batch.length && performance.now() - began < STORE_BUDGET_MS);
    indexPending(db, prepared);
  };
  while (next < batch.length && !stop?.()) {
    withRelaxedSync(db, () => db.transaction(storeSome).immediate());
    await breathe();
  }
  return batch.length - next;
}

/** Has each source read in turn and stores the parsed files in batches. */
async function run(db: Db, sources: Source[], onProgress?: ProgressListener, stop?: StopRequest): Promise<ImportReport> {
  const report = emptyReport();
  const workers = new ImportWorkers();
  try {
    return await runWith(db, workers, report, sources, onProgress, stop);
  } finally {
    await workers.close();
  }
}

async function runWith(
  db: Db,
  workers: ImportWorkers,
  report: ImportReport,
  sources: Source[],
  onProgress?: ProgressListener,
  stop?: StopRequest,
): Promise<ImportReport> {
  let batch: ParsedFile[] = [];
  let batchChars = 0;
  let finished = 0;
  // A long PDF says which page it is on, so the import is seen to move while one file takes a while.
  const onPage =
    (source: Source): PageListener =>
    (page, pages) =>
      onProgress?.({ phase: 'importing', done: finished, total: sources.length, current: `${source.origin} (page ${page} of ${pages})` });
  const ahead = new ReadAhead(sources, workers, onPage);
  // Stopped: what was stored stays, and its copies are looked for by the next import.
  const stopped = (unstored: number, unread: number): ImportReport => {
    onProgress?.({ phase: 'done', done: sources.length - unstored - unread, total: sources.length });
    return { ...report, cancelled: true, notReached: unstored + unread };
  };
  for (const [i, source] of sources.entries()) {
    if (stop?.()) return stopped(await storeBatch(db, batch, report, stop), sources.length - i);
    finished = i;
    onProgress?.({ phase: 'importing', done: i, total: sources.length, current: source.origin });
    const file = { origin: source.origin, ...(await ahead.next()) };
    batch.push(file);
    batchChars += charsOf(file);
    if (batch.length >= BATCH_FILES || batchChars >= BATCH_CHARS) {
      const unstored = await storeBatch(db, batch, report, stop);
      if (unstored > 0) return stopped(unstored, sources.length - i - 1);
      batch = [];
      batchChars = 0;
    }
  }
  const unstored = await storeBatch(db, batch, report, stop);
  if (unstored > 0) return stopped(unstored, 0);
  onProgress?.({ phase: 'importing', done: sources.length, total: sources.length });
  // Every document is stored and searchable: now its copies, with those an earlier import left.
  const copies = await findPendingCopies(db, { onProgress, stop, fingerprint: fingerprintIn(workers) });
  onProgress?.({ phase: 'done', done: sources.length, total: sources.length });
  return copies.stopped ? { ...report, cancelled: true, notReached: 0, copiesPending: copies.left } : report;
}

/** The import's workers, idle once every file is read, make the prints the copies phase needs. */
function fingerprintIn(workers: ImportWorkers): Fingerprinter {
  return async (texts) => {
    const chars = texts.reduce((sum, text) => sum + text.length, 0);
    return (await workers.read({ kind: 'copy-prints', texts }, () => undefined, chars)).prints;
  };
}

/** A file's size, to pace the reading ahead; 0 if it cannot be known (its read will say why). */
function sizeOf(path: string | Buffer): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** `paths` has been checked by the contract: at least one, none blank. */
export async function importPaths(db: Db, paths: string[], onProgress?: ProgressListener, stop?: StopRequest): Promise<ImportReport> {
  onProgress?.({ phase: 'scanning', done: 0, total: 0 });
  // Reads confined to named folders (the web host's --allow) stay confined in the workers.
  const roots = currentReadRoots();
  const confined = roots ? { roots } : {};
  const sources = walkPaths(paths).map((entry): Source =>
    'error' in entry
      ? { origin: entry.path, job: { error: entry.error }, bytes: 0 }
      : {
          origin: entry.path,
          job: { kind: 'path', path: entry.path, ...(entry.fsPath ? { fsPath: entry.fsPath } : {}), ...confined },
          bytes: sizeOf(entry.fsPath ?? entry.path),
        },
  );
  return run(db, sources, onProgress, stop);
}

/** `files` has been checked by the contract: at least one, each a name and base64 content. */
export async function importFiles(db: Db, files: { name: string; content: string }[], onProgress?: ProgressListener, stop?: StopRequest): Promise<ImportReport> {
  const sources = files.map((file: unknown, i): Source => {
    const { name, content } = (file ?? {}) as { name?: unknown; content?: unknown };
    const origin = typeof name === 'string' && name !== '' ? name : `upload ${i + 1}`;
    if (typeof content !== 'string') return { origin, job: { error: 'no file content was sent' }, bytes: 0 };
    const bytes = Buffer.from(content, 'base64');
    return { origin, job: { kind: 'bytes', name: origin, bytes }, bytes: bytes.length };
  });
  return run(db, sources, onProgress, stop);
}
