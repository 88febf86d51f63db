// Keeps the number of batches a query reads small, as an LSM tree does: batches of about the same
// size are merged once there are MERGE_WIDTH of them (so each entry is rewritten about log8(N)
// times), and a batch more than half stale is rewritten without its stale entries. Runs inside the
// write's transaction; the largest batches are never merged, which bounds one write's extra work.
import type { Db } from '../open-workspace.js';
import { bumpGeneration } from './index-meta.js';
import { decodePostings, type PostingEntry } from './posting-codec.js';
import { writePostings } from './posting-store.js';

/** Batches of one size class merged together. */
export const MERGE_WIDTH = 8;
/** Batches with more entries than this are left alone (a merge of 8 of them stays under a second or two). */
export const MAX_MERGED_ENTRIES = 60_000;

interface BatchRow {
  id: number;
  entries: number;
  stale: number;
}

function sizeClass(entries: number): number {
  return Math.floor(Math.log(Math.max(1, entries)) / Math.log(MERGE_WIDTH));
}

/** The batches to merge now, or null: a crowded size class first, else one mostly stale batch. */
function pickMerge(db: Db): number[] | null {
  const rows = db.prepare('SELECT id, entries, stale FROM search_batch ORDER BY id').all() as BatchRow[];
  const classes = new Map<number, number[]>();
  for (const row of rows) {
    if (row.entries > MAX_MERGED_ENTRIES) continue;
    const ids = classes.get(sizeClass(row.entries - row.stale)) ?? [];
    ids.push(row.id);
    classes.set(sizeClass(row.entries - row.stale), ids);
  }
  for (const ids of classes.values()) if (ids.length >= MERGE_WIDTH) return ids;
  const stale = rows.find((row) => row.stale * 2 > row.entries);
  return stale ? [stale.id] : null;
}

/** Rewrites the live entries of `batches` as one new batch and drops the old ones. */
export function mergeBatches(db: Db, batches: number[]): void {
  const list = JSON.stringify(batches);
  const stale = new Set(
    (db.prepare('SELECT batch, document_id, field FROM search_stale WHERE batch IN (SELECT value FROM json_each(?))').raw().all(list) as [number, number, number][]).map(
      ([batch, document, field]) => `${batch}:${document}:${field}`,
    ),
  );
  const postings = new Map<string, PostingEntry[]>();
  const live = new Set<string>();
  const rows = db.prepare('SELECT term, batch, data FROM search_posting WHERE batch IN (SELECT value FROM json_each(?))').raw().iterate(list) as Iterable<
    [string, number, Buffer]
  >;
  for (const [term, batch, data] of rows) {
    decodePostings(data, (document, field, length, positions) => {
      if (stale.has(`${batch}:${document}:${field}`)) return;
      live.add(`${document}:${field}`);
      const entry = { document, field, length, positions: Uint32Array.from(positions) };
      const entries = postings.get(term);
      if (entries) entries.push(entry);
      else postings.set(term, [entry]);
    });
  }
  db.prepare('DELETE FROM search_posting WHERE batch IN (SELECT value FROM json_each(?))').run(list);
  db.prepare('DELETE FROM search_stale WHERE batch IN (SELECT value FROM json_each(?))').run(list);
  db.prepare('DELETE FROM search_batch WHERE id IN (SELECT value FROM json_each(?))').run(list);
  if (live.size > 0) {
    const merged = Number(db.prepare('INSERT INTO search_batch (entries) VALUES (?)').run(live.size).lastInsertRowid);
    writePostings(db, merged, postings);
    db.prepare('UPDATE search_field SET batch = ? WHERE batch IN (SELECT value FROM json_each(?))').run(merged, list);
  }
  bumpGeneration(db);
}

/** Merges until no size class is crowded and no batch is mostly stale (usually zero or one merge). */
export function compactIndex(db: Db): void {
  for (let merges = 0; merges < 4; merges++) {
    const batches = pickMerge(db);
    if (!batches) return;
    mergeBatches(db, batches);
  }
}
