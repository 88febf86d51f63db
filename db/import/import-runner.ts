// Puts parsed files into the workspace: files are read and parsed one by one, then stored in
// batches, each file inside its own savepoint (whole or not at all), duplicates found by content
// hash. The pending-index rows are written in the same transactions, then the index is synced once.
import type { ImportProgress, ImportReport } from '../../api/types.js';
import { WorkbenchError } from '../../api/result.js';
import { contentHash, findByHash, insertDocument } from '../documents.js';
import { withRelaxedSync, type Db } from '../open-workspace.js';
import { syncIndexInParallel } from '../search/segments.js';
import type { ParseOutcome } from './parsed-document.js';
import { parseBytes, readAndParse } from './read-and-parse.js';
import { walkPaths } from './walk-paths.js';

/** Files parsed before a batch is written: bounds memory and the number of synced commits. */
const BATCH_FILES = 200;
/** Files read ahead while earlier ones parse, so the disk never waits on the CPU or vice versa. */
const READ_AHEAD = 8;

export type ProgressListener = (progress: ImportProgress) => void;

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
}

function storeBatch(db: Db, batch: ParsedFile[], report: ImportReport): void {
  withRelaxedSync(db, () => db.transaction(() => batch.forEach((file) => storeFile(db, file, report))).immediate());
}

async function indexNow(db: Db, onProgress?: ProgressListener): Promise<void> {
  onProgress?.({ phase: 'indexing', done: 0, total: 0 });
  await syncIndexInParallel(db, (p) => onProgress?.({ phase: 'indexing', done: p.done, total: p.total }));
}

/** Reads each source in turn and stores the parsed files in batches. */
async function run(db: Db, sources: { origin: string; parse: () => Promise<ParseOutcome> }[], onProgress?: ProgressListener): Promise<ImportReport> {
  const report = emptyReport();
  let batch: ParsedFile[] = [];
  const inFlight: Promise<ParseOutcome>[] = [];
  const start = (i: number): void => {
    const source = sources[i];
    if (source) inFlight.push(source.parse());
  };
  for (let i = 0; i < READ_AHEAD; i++) start(i);
  for (const [i, source] of sources.entries()) {
    onProgress?.({ phase: 'importing', done: i, total: sources.length, current: source.origin });
    const outcome = await (inFlight.shift() as Promise<ParseOutcome>);
    start(i + READ_AHEAD);
    batch.push({ origin: source.origin, outcome });
    if (batch.length >= BATCH_FILES) {
      storeBatch(db, batch, report);
      batch = [];
    }
  }
  storeBatch(db, batch, report);
  onProgress?.({ phase: 'importing', done: sources.length, total: sources.length });
  await indexNow(db, onProgress);
  onProgress?.({ phase: 'done', done: sources.length, total: sources.length });
  return report;
}

export async function importPaths(db: Db, paths: unknown, onProgress?: ProgressListener): Promise<ImportReport> {
  if (!Array.isArray(paths) || paths.length === 0 || !paths.every((p) => typeof p === 'string' && p !== '')) {
    throw new WorkbenchError('bad-input', 'Give at least one file or folder to import');
  }
  onProgress?.({ phase: 'scanning', done: 0, total: 0 });
  const sources = walkPaths(paths).map((entry) => ({
    origin: entry.path,
    parse: async (): Promise<ParseOutcome> => ('error' in entry ? { ok: false, reason: entry.error } : readAndParse(entry.path)),
  }));
  return run(db, sources, onProgress);
}

export async function importFiles(db: Db, files: unknown, onProgress?: ProgressListener): Promise<ImportReport> {
  if (!Array.isArray(files) || files.length === 0) throw new WorkbenchError('bad-input', 'Give at least one file to import');
  const sources = files.map((file: unknown, i) => {
    const { name, content } = (file ?? {}) as { name?: unknown; content?: unknown };
    const origin = typeof name === 'string' && name !== '' ? name : `upload ${i + 1}`;
    return {
      origin,
      parse: async (): Promise<ParseOutcome> =>
        typeof content === 'string' ? parseBytes(origin, Buffer.from(content, 'base64')) : { ok: false, reason: 'no file content was sent' },
    };
  });
  return run(db, sources, onProgress);
}
