// Keeps the number of batches a query reads small, as an LSM tree does: batches of about the same
// size are merged once there are MERGE_WIDTH of them (so each entry is rewritten about log16(N)
// times), and a batch more than half stale is rewritten without its stale entries. Runs inside the
// write's transaction; batches past MAX_MERGED_ENTRIES are never merged, which bounds one write's extra work.
import type { Db } from '../open-workspace.js';
import { bumpGeneration } from './index-meta.js';
import { decodePostings, joinPostings, type PostingEntry } from './posting-codec.js';
import { batchRange, encodeEntries, writePostingRows } from './posting-store.js';
import { VarintWriter } from './varint.js';

/** Batches of one size class merged together. */
export const MERGE_WIDTH = 16;
/**
 * Batches with more entries than this (a document has up to seven: title, source, author, body,
 * notes, tags, document tags) are left alone. Only small batches (note saves, small imports) are
 * merged: at 20,000 documents, merging an import's batches as well cost 8–13 s of the import,
 * while a query reading one row per batch for each term (an import writes one batch per
 * transaction, of up to 1,000 files) costs well under a millisecond more.
 */
export const MAX_MERGED_ENTRIES = 1_000;

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

/** One term's live entries from several batches, decoded and re-encoded (when lists interleave or hold stale entries). */
function rewriteTerm(parts: [number, Buffer][], stale: Set<string>, writer: VarintWriter): Buffer {
  const entries: PostingEntry[] = [];
  for (const [batch, data] of parts) {
    decodePostings(data, (document, field, length, positions) => {
      if (!stale.has(`${batch}:${document}:${field}`)) entries.push({ document, field, length, positions: Uint32Array.from(positions) });
    });
  }
  return entries.length === 0 ? Buffer.alloc(0) : encodeEntries(entries, writer);
}

/**
 * Rewrites the live entries of `batches` as one new batch and drops the old ones. Batches an import
 * wrote hold consecutive documents, so most terms' lists are joined byte for byte (joinPostings);
 * only lists with stale entries, or that interleave, are decoded.
 */
function mergeBatches(db: Db, batches: number[]): void {
  const list = JSON.stringify(batches);
  const staleRows = db.prepare('SELECT batch, document_id, field FROM search_stale WHERE batch IN (SELECT value FROM json_each(?))').raw().all(list) as [
    number,
    number,
    number,
  ][];
  const stale = new Set(staleRows.map(([batch, document, field]) => `${batch}:${document}:${field}`));
  const staleBatches = new Set(staleRows.map(([batch]) => batch));
  const live = db.prepare('SELECT coalesce(sum(entries - stale), 0) FROM search_batch WHERE id IN (SELECT value FROM json_each(?))').pluck().get(list) as number;
  const rows = new Map<string, Uint8Array>();
  const writer = new VarintWriter();
  // Each batch is one range of ids, written in term order (posting-store.ts): read range by range,
  // never by a join the planner may turn into a scan of the whole term index (60 ms a note save).
  const readBatch = db.prepare('SELECT term, data FROM search_posting WHERE id BETWEEN ? AND ? ORDER BY id');
  const parts: [string, number, Buffer][] = [];
  for (const batch of batches) for (const [term, data] of readBatch.raw().iterate(...batchRange(batch)) as Iterable<[string, Buffer]>) parts.push([term, batch, data]);
  parts.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1]));
  for (let from = 0; from < parts.length;) {
    const term = (parts[from] as [string, number, Buffer])[0];
    let to = from + 1;
    while (to < parts.length && (parts[to] as [string, number, Buffer])[0] === term) to++;
    const lists = parts.slice(from, to).map(([, batch, data]): [number, Buffer] => [batch, data]);
    const joined = lists.some(([batch]) => staleBatches.has(batch)) ? null : joinPostings(lists.map(([, data]) => data));
    const data = joined ?? rewriteTerm(lists, stale, writer);
    if (data.length > 0) rows.set(term, data);
    from = to;
  }
  const dropRows = db.prepare('DELETE FROM search_posting WHERE id BETWEEN ? AND ?');
  for (const batch of batches) dropRows.run(...batchRange(batch));
  db.prepare('DELETE FROM search_stale WHERE batch IN (SELECT value FROM json_each(?))').run(list);
  db.prepare('DELETE FROM search_batch WHERE id IN (SELECT value FROM json_each(?))').run(list);
  if (live > 0) {
    const merged = Number(db.prepare('INSERT INTO search_batch (entries) VALUES (?)').run(live).lastInsertRowid);
    writePostingRows(db, merged, rows);
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
