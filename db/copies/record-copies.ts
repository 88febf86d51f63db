// Writes what a detection run found (detect-copies.ts): the copied passages as it goes, in short
// transactions, and the run's fingerprints once at the end, in large ones — fingerprints are hashes,
// so a few hundred documents' worth land on nearly every page of the index by hash, and writing
// them with each small batch would rewrite that whole index again and again.
import { nowIso, withRelaxedSync, type Db } from '../open-workspace.js';
import type { RunFingerprints } from './run-fingerprints.js';

export interface CopyRow {
  copyId: number;
  copyStart: number;
  copyEnd: number;
  originId: number;
  originStart: number;
  originEnd: number;
  words: number;
  similarity: number;
}

/**
 * Page cache while a run writes, in KiB: whichever order fingerprints are written in, one of the
 * table's two indexes (by hash, by document) takes them all over, and with SQLite's default 2 MB
 * nearly every row would read its page back from the file. Pages are only taken as they are used.
 */
const WRITE_CACHE_KIB = 128 * 1024;
/** Fingerprint rows written in one transaction (about a tenth of a second). */
const FINGERPRINTS_PER_WRITE = 50_000;
/** Documents whose earlier fingerprints are removed in one statement. */
const DOCUMENTS_PER_CLEAR = 5_000;

/** Runs `work` (a detection run's writes) with a page cache large enough for the copy tables, then gives it back. */
export async function withWriteCache<T>(db: Db, work: () => Promise<T>): Promise<T> {
  const before = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${WRITE_CACHE_KIB}`);
  try {
    return await work();
  } finally {
    db.pragma(`cache_size = ${before}`);
  }
}

/**
 * Records the copies found for `batch` (documents examined), replacing what an earlier run recorded
 * for them. Copies are derived data, found again by another run: commits need not wait for the disk.
 * Returns the passages added.
 */
export function writeCopies(db: Db, batch: readonly { id: number; copies: readonly CopyRow[] }[]): number {
  let copies = 0;
  withRelaxedSync(db, () =>
    db
      .transaction(() => {
        const ids = new Set(batch.flatMap((item) => [item.id, ...item.copies.flatMap((c) => [c.copyId, c.originId])]));
        // Removed by another process meanwhile: nothing to record.
        const exists = new Set(
          db
            .prepare('SELECT id FROM document WHERE id IN (SELECT value FROM json_each(?))')
            .pluck()
            .all(JSON.stringify([...ids])) as number[],
        );
        const kept = batch.filter((item) => exists.has(item.id));
        const keptIds = JSON.stringify(kept.map((item) => item.id));
        db.prepare('DELETE FROM copy_passage WHERE copy_id IN (SELECT value FROM json_each(?))').run(keptIds);
        db.prepare('DELETE FROM copy_passage WHERE origin_id IN (SELECT value FROM json_each(?))').run(keptIds);
        const addCopy = db.prepare(
          `INSERT OR IGNORE INTO copy_passage (copy_id, copy_start, copy_end, origin_id, origin_start, origin_end, words, similarity, found_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        );
        const at = nowIso();
        for (const item of kept) {
          for (const c of item.copies) {
            if (!exists.has(c.copyId === item.id ? c.originId : c.copyId)) continue;
            copies += addCopy.run(c.copyId, c.copyStart, c.copyEnd, c.originId, c.originStart, c.originEnd, c.words, c.similarity, at).changes;
          }
        }
      })
      .immediate(),
  );
  return copies;
}

/**
 * Replaces the stored fingerprints of the run's documents (`ids[place]` holds the entries at `place`
 * of `held`), in hash order: the index by hash is appended to, and the one by document, written all
 * over, stays in the page cache (withWriteCache). Document order was slower (30 s against 13 s for
 * 20,000 documents on a busy machine).
 */
export function writeFingerprints(db: Db, ids: readonly number[], held: RunFingerprints): void {
  const clear = db.prepare('DELETE FROM copy_fingerprint WHERE document_id IN (SELECT value FROM json_each(?))');
  // A document removed by another process meanwhile is left out (its fingerprints would break the foreign key).
  const add = db.prepare(
    `INSERT OR IGNORE INTO copy_fingerprint (hash, document_id)
     SELECT value ->> 0, value ->> 1 FROM json_each(?) WHERE EXISTS (SELECT 1 FROM document WHERE id = value ->> 1)`,
  );
  withRelaxedSync(db, () => {
    for (let from = 0; from < ids.length; from += DOCUMENTS_PER_CLEAR) {
      db.transaction(() => clear.run(JSON.stringify(ids.slice(from, from + DOCUMENTS_PER_CLEAR)))).immediate();
    }
    for (let from = 0; from < held.hashes.length; from += FINGERPRINTS_PER_WRITE) {
      const rows: [number, number][] = [];
      for (let k = from; k < Math.min(held.hashes.length, from + FINGERPRINTS_PER_WRITE); k++)
        rows.push([held.hashes[k] as number, ids[held.places[k] as number] as number]);
      db.transaction(() => add.run(JSON.stringify(rows))).immediate();
    }
  });
}
