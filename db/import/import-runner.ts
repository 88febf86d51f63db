// Puts parsed files into the workspace: files are read and parsed one by one, then stored in
// batches, each file inside its own savepoint (whole or not at all), duplicates found by content
// hash. Each batch's documents are analysed for the index in worker threads first; their index
// entries are then written in the same transactions as the documents.
// Another process may be writing too: each transaction is short, so neither waits long for the other.
import type { ImportProgress, ImportReport } from '../../api/types.js';
import { detectCopies } from '../copies/detect-copies.js';
import type { DocumentPrint } from '../copies/fingerprint.js';
import { contentHash, findByHash, insertDocument } from '../documents.js';
import { withRelaxedSync, type Db } from '../open-workspace.js';
import { AnalysisPool } from '../search/analysis-pool.js';
import type { AnalysedDocument } from '../search/document-analysis.js';
import { indexPending, type PreparedFields } from '../search/index-writer.js';
import type { ParsedDocument, ParseOutcome } from './parsed-document.js';
import type * as ParsersModule from './read-and-parse.js';
import type { ReadOptions } from './read-and-parse.js';
import { walkPaths } from './walk-paths.js';

/** Files parsed before a batch is written: bounds memory and the number of synced commits. */
const BATCH_FILES = 200;
/** Files read ahead while earlier ones parse, so the disk never waits on the CPU or vice versa. */
const READ_AHEAD = 8;
/**
 * Documents stored between two rounds of copy detection. Fingerprints wait in memory until then
 * (about 12 KB a document); at the end of the import a 100,000-document import held 1.2 GB of them.
 * Fewer rounds write the fingerprint table's index fewer times.
 */
const COPY_ROUND = 10_000;
/** How long one store transaction may hold the workspace's write lock before it commits. */
const STORE_BUDGET_MS = 250;

export type ProgressListener = (progress: ImportProgress) => void;
/** Asked between batches: true stops the import there (what was stored stays). */
export type StopRequest = () => boolean;
/** Told as a long file's pages are read (PDF). */
type PageListener = NonNullable<ReadOptions['onPage']>;

interface ParsedFile {
  origin: string;
  outcome: ParseOutcome;
}

function emptyReport(): ImportReport {
  return { added: [], duplicates: [], failed: [] };
}

/** Each stored document's copy fingerprints, made with its analysis, kept for the next round of detectCopies. */
type Prints = Map<number, DocumentPrint>;

function storeFile(db: Db, file: ParsedFile, report: ImportReport, analysed: Map<ParsedDocument, AnalysedDocument>, prepared: PreparedFields, prints: Prints): void {
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
        const id = insertDocument(db, document, hash);
        const analysis = analysed.get(document);
        if (analysis) prepared.set(id, analysis);
        if (analysis?.copies) prints.set(id, analysis.copies);
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

/** Analyses a batch's documents for the index, in worker threads. */
async function analyseBatch(pool: AnalysisPool, batch: ParsedFile[]): Promise<Map<ParsedDocument, AnalysedDocument>> {
  const documents = batch.flatMap((file) => (file.outcome.ok ? file.outcome.documents : []));
  const analyses = await pool.analyse(documents.map(({ title, source, author, body }) => ({ title, source, author, body })));
  return new Map(documents.map((document, i) => [document, analyses[i] as AnalysedDocument]));
}

/**
 * Stores a batch, with its index entries, in as many transactions as the time budget needs; a stop
 * request ends it between transactions. Returns how many of the batch's files were not stored.
 */
async function storeBatch(db: Db, pool: AnalysisPool, batch: ParsedFile[], report: ImportReport, prints: Prints, stop?: StopRequest): Promise<number> {
  const analysed = await analyseBatch(pool, batch);
  let next = 0;
  const storeSome = (): void => {
    const prepared: PreparedFields = new Map();
    const began = performance.now();
    do storeFile(db, batch[next++] as ParsedFile, report, analysed, prepared, prints);
    while (next < batch.length && performance.now() - began < STORE_BUDGET_MS);
    indexPending(db, prepared);
  };
  withRelaxedSync(db, () => {
    while (next < batch.length && !stop?.()) db.transaction(storeSome).immediate();
  });
  return batch.length - next;
}

/** Reads each source in turn and stores the parsed files in batches. */
async function run(
  db: Db,
  sources: { origin: string; parse: (onPage: PageListener) => Promise<ParseOutcome> }[],
  onProgress?: ProgressListener,
  stop?: StopRequest,
): Promise<ImportReport> {
  const report = emptyReport();
  const pool = new AnalysisPool();
  try {
    return await runWith(db, pool, report, sources, onProgress, stop);
  } finally {
    await pool.close();
  }
}

async function runWith(
  db: Db,
  pool: AnalysisPool,
  report: ImportReport,
  sources: { origin: string; parse: (onPage: PageListener) => Promise<ParseOutcome> }[],
  onProgress?: ProgressListener,
  stop?: StopRequest,
): Promise<ImportReport> {
  let batch: ParsedFile[] = [];
  const prints: Prints = new Map();
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
  // Copies are looked for every COPY_ROUND documents, so the fingerprints held wait in bounded memory.
  const findCopies = (): void => {
    if (prints.size === 0) return;
    detectCopies(db, [...prints.keys()], prints);
    prints.clear();
  };
  const stopped = (unstored: number, unread: number): ImportReport => {
    findCopies();
    onProgress?.({ phase: 'done', done: sources.length - unstored - unread, total: sources.length });
    return { ...report, cancelled: true, notReached: unstored + unread };
  };
  for (const [i, source] of sources.entries()) {
    if (stop?.()) return stopped(await storeBatch(db, pool, batch, report, prints, stop), sources.length - i);
    finished = i;
    onProgress?.({ phase: 'importing', done: i, total: sources.length, current: source.origin });
    const outcome = await (inFlight.shift() as Promise<ParseOutcome>);
    start(i + READ_AHEAD);
    batch.push({ origin: source.origin, outcome });
    if (batch.length >= BATCH_FILES) {
      const unstored = await storeBatch(db, pool, batch, report, prints, stop);
      if (unstored > 0) return stopped(unstored, sources.length - i - 1);
      if (prints.size >= COPY_ROUND) findCopies();
      batch = [];
    }
  }
  const unstored = await storeBatch(db, pool, batch, report, prints, stop);
  if (unstored > 0) return stopped(unstored, 0);
  findCopies();
  onProgress?.({ phase: 'importing', done: sources.length, total: sources.length });
  onProgress?.({ phase: 'done', done: sources.length, total: sources.length });
  return report;
}

/** The parsers (PDF, Word, mail…) are loaded on the first import, not when a workspace opens: opening and searching never pay for them. */
const parsers = (): Promise<typeof ParsersModule> => import('./read-and-parse.js');

/** `paths` has been checked by the contract: at least one, none blank. */
export async function importPaths(db: Db, paths: string[], onProgress?: ProgressListener, stop?: StopRequest): Promise<ImportReport> {
  onProgress?.({ phase: 'scanning', done: 0, total: 0 });
  const sources = walkPaths(paths).map((entry) => ({
    origin: entry.path,
    parse: async (onPage: PageListener): Promise<ParseOutcome> =>
      'error' in entry ? { ok: false, reason: entry.error } : (await parsers()).readAndParse(entry.path, entry.fsPath ? { onPage, fsPath: entry.fsPath } : { onPage }),
  }));
  return run(db, sources, onProgress, stop);
}

/** `files` has been checked by the contract: at least one, each a name and base64 content. */
export async function importFiles(db: Db, files: { name: string; content: string }[], onProgress?: ProgressListener, stop?: StopRequest): Promise<ImportReport> {
  const sources = files.map((file: unknown, i) => {
    const { name, content } = (file ?? {}) as { name?: unknown; content?: unknown };
    const origin = typeof name === 'string' && name !== '' ? name : `upload ${i + 1}`;
    return {
      origin,
      parse: async (onPage: PageListener): Promise<ParseOutcome> =>
        typeof content === 'string'
          ? (await parsers()).parseBytes(origin, Buffer.from(content, 'base64'), { onPage })
          : { ok: false, reason: 'no file content was sent' },
    };
  });
  return run(db, sources, onProgress, stop);
}
