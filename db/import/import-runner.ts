// Puts parsed files into the workspace: files are read and parsed one by one, then stored in
// batches, each file inside its own savepoint (whole or not at all), duplicates found by content
// hash. The pending-index rows are written in the same transactions, then the index is synced once.
// Another process may be writing too: each transaction is short, so neither waits long for the other.
import type { ImportProgress, ImportReport } from '../../api/types.js';
import { contentHash, findByHash, insertDocument } from '../documents.js';
import { withRelaxedSync, type Db } from '../open-workspace.js';
import { recordingMarks, syncIndexInParallel } from '../search/segments.js';
import type { ParseOutcome } from './parsed-document.js';
import { parseBytes, readAndParse, type ReadOptions } from './read-and-parse.js';
import { walkPaths } from './walk-paths.js';

/** Files parsed before a batch is written: bounds memory and the number of synced commits. */
const BATCH_FILES = 200;
/** Files read ahead while earlier ones parse, so the disk never waits on the CPU or vice versa. */
const READ_AHEAD = 8;
/** How long one store transaction may hold the workspace's write lock before it commits. */
const STORE_BUDGET_MS = 250;

export type ProgressListener = (progress: ImportProgress) => void;
/** Told as a long file's pages are read (PDF). */
type PageListener = NonNullable<ReadOptions['onPage']>;

interface ParsedFile {
  origin: string;
  outcome: ParseOutcome;
}

function emptyReport(): ImportReport {
  return { added: [], duplicates: [], failed: [] };
}

function storeFile(db: Db, file: ParsedFile, report: ImportReport): void {
  if (!file.outcome.ok) {
    report.failed.push({ origin: file.origin, reason: file.outcome.reason });
    return;
  }
  const added: ImportReport['added'] = [];
  const duplicates: ImportReport['duplicates'] = [];
  try {
    db.transaction(() => {
      if (!file.outcome.ok) return;
      for (const document of file.outcome.documents) {
        const hash = contentHash(document.body);
        const existingId = findByHash(db, hash);
        if (existingId !== undefined) {
          duplicates.push({ origin: document.origin, existingId });
          continue;
        }
        added.push({ id: insertDocument(db, document, hash), title: document.title, origin: document.origin });
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

/** Stores a batch in as many transactions as the time budget needs; `stored` collects the new ids. */
function storeBatch(db: Db, batch: ParsedFile[], report: ImportReport, stored: Set<number>): void {
  let next = 0;
  const storeSome = (): void => {
    const began = performance.now();
    do storeFile(db, batch[next++] as ParsedFile, report);
    while (next < batch.length && performance.now() - began < STORE_BUDGET_MS);
  };
  withRelaxedSync(db, () => {
    while (next < batch.length) recordingMarks(db, stored, () => db.transaction(storeSome).immediate());
  });
}

/** Indexes the documents this import stored (another process indexes its own). */
async function indexNow(db: Db, stored: ReadonlySet<number>, onProgress?: ProgressListener): Promise<void> {
  onProgress?.({ phase: 'indexing', done: 0, total: 0 });
  await syncIndexInParallel(db, (p) => onProgress?.({ phase: 'indexing', done: p.done, total: p.total }), stored);
}

/** Reads each source in turn and stores the parsed files in batches. */
async function run(db: Db, sources: { origin: string; parse: (onPage: PageListener) => Promise<ParseOutcome> }[], onProgress?: ProgressListener): Promise<ImportReport> {
  const report = emptyReport();
  const stored = new Set<number>();
  let batch: ParsedFile[] = [];
  const inFlight: Promise<ParseOutcome>[] = [];
  let finished = 0;
  // A long PDF says which page it is on, so the import is seen to move while one file takes a while.
  const start = (i: number): void => {
    const source = sources[i];
    if (!source) return;
    const onPage: PageListener = (page, pages) =>
      onProgress?.({ phase: 'importing', done: finished, total: sources.length, current: `${source.origin} (page ${page} of ${pages})` });
    inFlight.push(source.parse(onPage));
  };
  for (let i = 0; i < READ_AHEAD; i++) start(i);
  for (const [i, source] of sources.entries()) {
    finished = i;
    onProgress?.({ phase: 'importing', done: i, total: sources.length, current: source.origin });
    const outcome = await (inFlight.shift() as Promise<ParseOutcome>);
    start(i + READ_AHEAD);
    batch.push({ origin: source.origin, outcome });
    if (batch.length >= BATCH_FILES) {
      storeBatch(db, batch, report, stored);
      batch = [];
    }
  }
  storeBatch(db, batch, report, stored);
  onProgress?.({ phase: 'importing', done: sources.length, total: sources.length });
  await indexNow(db, stored, onProgress);
  onProgress?.({ phase: 'done', done: sources.length, total: sources.length });
  return report;
}

/** `paths` has been checked by the contract: at least one, none blank. */
export async function importPaths(db: Db, paths: string[], onProgress?: ProgressListener): Promise<ImportReport> {
  onProgress?.({ phase: 'scanning', done: 0, total: 0 });
  const sources = walkPaths(paths).map((entry) => ({
    origin: entry.path,
    parse: async (onPage: PageListener): Promise<ParseOutcome> =>
      'error' in entry ? { ok: false, reason: entry.error } : readAndParse(entry.path, entry.fsPath ? { onPage, fsPath: entry.fsPath } : { onPage }),
  }));
  return run(db, sources, onProgress);
}

/** `files` has been checked by the contract: at least one, each a name and base64 content. */
export async function importFiles(db: Db, files: { name: string; content: string }[], onProgress?: ProgressListener): Promise<ImportReport> {
  const sources = files.map((file: unknown, i) => {
    const { name, content } = (file ?? {}) as { name?: unknown; content?: unknown };
    const origin = typeof name === 'string' && name !== '' ? name : `upload ${i + 1}`;
    return {
      origin,
      parse: async (onPage: PageListener): Promise<ParseOutcome> =>
        typeof content === 'string' ? parseBytes(origin, Buffer.from(content, 'base64'), { onPage }) : { ok: false, reason: 'no file content was sent' },
    };
  });
  return run(db, sources, onProgress);
}
