// The second phase of an import: looking for copied passages among the documents it stored. The
// first phase stores and indexes documents, marking each here (markCopiesPending) in the same
// transaction; this phase takes the marked documents in rounds, oldest first, and unmarks each
// round once its copies and fingerprints are written. So the documents are searchable before their
// copies are found, and an import stopped or killed in between leaves its documents marked: the
// next import finds their copies too. A round examined twice (killed before it was unmarked) is
// harmless: detectCopies replaces what an earlier run recorded.
import type { ImportProgress } from '../../api/types.js';
import type { Db } from '../open-workspace.js';
import { cachedStatement } from '../statement-cache.js';
import { detectCopies, type DetectReport } from './detect-copies.js';
import { EarlierPrints } from './earlier-prints.js';
import type { DocumentPrint } from './fingerprint.js';
import type { Fingerprinter } from './fingerprint-texts.js';
import { PrintCache } from './print-cache.js';

/**
 * Documents examined in one round. A round's prints stay in memory until it ends (about 17 KB a
 * news article, and the next round's are made meanwhile), and its look-up of the stored documents
 * sharing its fingerprints grows with the workspace; fewer rounds write the fingerprint table's
 * index fewer times. A 100,000-document import peaked at 1.44 GB with rounds of 5,000.
 */
export const COPY_ROUND = 5_000;
/**
 * Bytes of earlier rounds' prints kept for the next rounds (about 22,000 news articles). A document's
 * candidates are spread over all the documents before it, so a print dropped is soon needed again
 * and made again from the body: with 128 MB, a 20,000-document import made 30,000 prints again
 * (6 of its 27 s of copies); with every print kept, none.
 */
const KEPT_PRINT_BYTES = 384 * 1024 * 1024;

/** Marks a document just stored as still to be examined for copies (inside the transaction that stores it). */
export function markCopiesPending(db: Db, documentId: number): void {
  cachedStatement(db, 'INSERT OR IGNORE INTO copy_pending (document_id) VALUES (?)').run(documentId);
}

export function pendingCopyCount(db: Db): number {
  return db.prepare('SELECT count(*) FROM copy_pending').pluck().get() as number;
}

export interface PendingCopyOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Asked between rounds: true stops there; the documents not yet examined stay marked. */
  stop?: () => boolean;
  /** Makes prints elsewhere (the import's workers); without one, they are made on this thread. */
  fingerprint?: Fingerprinter;
}

/** Lets other work on this thread (a search in the web host, a cancel) in between two rounds. */
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Examines every marked document for copies, a round at a time, reporting progress in documents. */
export async function findPendingCopies(db: Db, options: PendingCopyOptions = {}): Promise<DetectReport & { left: number; stopped: boolean }> {
  const after = db.prepare('SELECT document_id FROM copy_pending WHERE document_id > ? ORDER BY document_id LIMIT ?').pluck();
  const unmark = db.prepare('DELETE FROM copy_pending WHERE document_id IN (SELECT value FROM json_each(?))');
  const kept = new PrintCache(KEPT_PRINT_BYTES);
  const total = pendingCopyCount(db);
  const report = { documents: 0, copies: 0 };
  // The next round's prints are read and made ahead, by the workers (without them, detectCopies makes them here).
  const ahead = new EarlierPrints(db, kept, options.fingerprint);
  const printsOf = async (ids: number[]): Promise<Map<number, DocumentPrint>> =>
    options.fingerprint && ids.length > 0 ? new Map([...(await ahead.load(ids))].map(([id, { print }]) => [id, print])) : new Map();
  let ids = after.all(0, COPY_ROUND) as number[];
  let prints = printsOf(ids);
  let stopped = false;
  for (;;) {
    options.onProgress?.({ phase: 'copies', done: Math.min(report.documents, total), total });
    await breathe();
    if (ids.length === 0) break;
    if (options.stop?.()) {
      stopped = true;
      break;
    }
    const ready = await prints;
    // The next round is fingerprinted while this one is compared and written.
    const following = after.all(ids[ids.length - 1], COPY_ROUND) as number[];
    prints = printsOf(following);
    const found = await detectCopies(db, ids, { prints: ready, kept, ...(options.fingerprint ? { fingerprint: options.fingerprint } : {}) });
    db.transaction(() => unmark.run(JSON.stringify(ids))).immediate();
    report.documents += ids.length;
    report.copies += found.copies;
    ids = following;
  }
  // Stopped with the next round's prints under way: let them finish before the workers close.
  await prints;
  return { ...report, left: pendingCopyCount(db), stopped };
}
