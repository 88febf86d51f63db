// Repairs an index that is out of step with the documents: one written by another index version
// (rebuilt), or a workspace from before this index existed. Every write indexes its own documents
// in its own transaction (index-writer.ts), so after a crash there is nothing half-done to redo.
import type { Db } from '../open-workspace.js';
import { isLockError } from '../workspace-lock.js';
import { bumpGeneration, indexVersion, readStats, setIndexVersion, writeStats } from './index-meta.js';
import { indexPending, markPending } from './index-writer.js';
import { INDEX_FIELDS, INDEX_VERSION } from './lunr-setup.js';

/** Documents indexed per transaction while catching up: bounds how long the write lock is held. */
const CATCH_UP_BATCH = 500;

/** Cheap check (two small reads) that the index covers every document at this version. */
function inStep(db: Db): boolean {
  if (indexVersion(db) !== INDEX_VERSION) return false;
  const documents = db.prepare('SELECT count(*) FROM document').pluck().get() as number;
  return documents === readStats(db).documents && (db.prepare('SELECT count(*) FROM search_pending').pluck().get() as number) === 0;
}

function dropIndex(db: Db): void {
  for (const table of ['search_posting', 'search_term', 'search_field', 'search_stale', 'search_batch']) db.prepare(`DELETE FROM ${table}`).run();
  writeStats(db, { documents: 0, lengths: INDEX_FIELDS.map(() => 0) });
  setIndexVersion(db, INDEX_VERSION);
  bumpGeneration(db);
}

/** Documents without index entries, and entries of documents that are gone. */
function outOfStep(db: Db, limit: number): number[] {
  return db
    .prepare(
      `SELECT id FROM document WHERE id NOT IN (SELECT document_id FROM search_field)
       UNION SELECT DISTINCT document_id FROM search_field WHERE document_id NOT IN (SELECT id FROM document)
       UNION SELECT document_id FROM search_pending
       LIMIT ?`,
    )
    .pluck()
    .all(limit) as number[];
}

export interface CatchUpProgress {
  done: number;
}

/** Brings the index into step, a batch per transaction. Returns false if another process held the lock too long. */
export function catchUpIndex(db: Db, onProgress?: (progress: CatchUpProgress) => void): boolean {
  try {
    if (inStep(db)) return true;
    if (indexVersion(db) !== INDEX_VERSION) db.transaction(() => dropIndex(db)).immediate();
    let done = 0;
    for (;;) {
      const indexed = db
        .transaction(() => {
          const ids = outOfStep(db, CATCH_UP_BATCH);
          markPending(db, ids);
          return indexPending(db);
        })
        .immediate();
      if (indexed === 0) return true;
      done += indexed;
      onProgress?.({ done });
    }
  } catch (error) {
    if (isLockError(error)) return false;
    throw error;
  }
}
