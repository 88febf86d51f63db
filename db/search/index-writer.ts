// Writes the index entries of changed documents inside the transaction that changed them, so the
// store and the index agree at every commit. A change marks its documents pending (markPending);
// indexPending, run before that transaction commits, re-analyses only the fields whose text changed,
// writes their postings as one new batch, and lists the entries they replace as stale.
import type { Db } from '../open-workspace.js';
import { cachedStatement } from '../statement-cache.js';
import { analyseField, textHash, type AnalysedField } from './field-analysis.js';
import { compactIndex } from './index-compaction.js';
import { bumpGeneration, indexVersion, readStats, setIndexVersion, writeStats } from './index-meta.js';
import { readIndexableDocuments, type ReadDocument } from './indexable-documents.js';
import { INDEX_FIELDS, INDEX_VERSION } from './lunr-setup.js';
import { PostingListWriter } from './posting-codec.js';
import { writePostingRows } from './posting-store.js';

/** Fields analysed ahead of the transaction (in worker threads, during an import), by document id. */
export type PreparedFields = Map<number, Partial<Record<(typeof INDEX_FIELDS)[number], AnalysedField>>>;

interface FieldRow {
  document_id: number;
  field: number;
  batch: number;
  length: number;
  hash: string;
}

/** Marks documents whose index entries must be rewritten; call inside the write's transaction. */
export function markPending(db: Db, documentIds: Iterable<number>): void {
  const insert = cachedStatement(db, 'INSERT OR IGNORE INTO search_pending (document_id) VALUES (?)');
  for (const id of documentIds) insert.run(id);
}

export function pendingCount(db: Db): number {
  return db.prepare('SELECT count(*) FROM search_pending').pluck().get() as number;
}

/** Texts this short are analysed once per process: most documents have the same few (no notes, no tags). */
const SHORT_TEXT = 64;
const SHORT_KEPT = 1000;
const shortAnalyses = new Map<string, AnalysedField>();

/**
 * The analysis of a short field text, from a small cache. A new document's notes and tags fields
 * are the same few texts, and analysing and hashing them for every document was a tenth of an
 * import's indexing. An analysis is never changed once made, so sharing one is safe.
 */
function shortAnalysis(text: string): AnalysedField | undefined {
  if (text.length > SHORT_TEXT) return undefined;
  let analysed = shortAnalyses.get(text);
  if (!analysed) {
    if (shortAnalyses.size >= SHORT_KEPT) shortAnalyses.clear();
    shortAnalyses.set(text, (analysed = analyseField(text)));
  }
  return analysed;
}

function analysedFor(prepared: PreparedFields | undefined, id: number, field: (typeof INDEX_FIELDS)[number], text: string, hash: string): AnalysedField {
  const ready = prepared?.get(id)?.[field];
  return ready && ready.hash === hash ? ready : analyseField(text);
}

/** Collects one batch's posting lists; documents must be added in ascending id order, fields in order. */
class BatchBuilder {
  private readonly lists = new Map<string, PostingListWriter>();
  entries = 0;

  add(document: number, field: number, analysed: AnalysedField): void {
    if (analysed.length === 0) return;
    this.entries += 1;
    analysed.terms.forEach((term, i) => {
      let list = this.lists.get(term);
      if (!list) this.lists.set(term, (list = new PostingListWriter()));
      list.add(document, field, analysed.length, analysed.positions.subarray(analysed.offsets[i], analysed.offsets[i + 1]));
    });
  }

  write(db: Db): number | null {
    if (this.entries === 0) return null;
    const batch = Number(db.prepare('INSERT INTO search_batch (entries) VALUES (?)').run(this.entries).lastInsertRowid);
    const rows = new Map<string, Uint8Array>();
    for (const [term, list] of this.lists) rows.set(term, list.bytes());
    writePostingRows(db, batch, rows);
    return batch;
  }
}

/**
 * Indexes every pending document (removing the entries of deleted ones) as one batch, in the
 * caller's transaction. Returns how many documents it handled.
 */
export function indexPending(db: Db, prepared?: PreparedFields): number {
  const ids = (db.prepare('SELECT document_id FROM search_pending ORDER BY document_id').pluck().all() as number[]) ?? [];
  if (ids.length === 0) return 0;
  const idList = JSON.stringify(ids);
  const existing = new Map<number, FieldRow[]>();
  for (const row of db
    .prepare('SELECT document_id, field, batch, length, hash FROM search_field WHERE document_id IN (SELECT value FROM json_each(?))')
    .all(idList) as FieldRow[]) {
    const rows = existing.get(row.document_id) ?? [];
    rows.push(row);
    existing.set(row.document_id, rows);
  }
  // A new document's body, analysed before it was stored, is not read back: bodies never change.
  const bodyKnown = ids.filter((id) => prepared?.get(id)?.body !== undefined && !existing.has(id));
  const documents = new Map(readIndexableDocuments(db, ids, bodyKnown).map((document) => [document.id, document]));
  const stats = readStats(db);
  // A new workspace's first write starts the index at this version (catchUpIndex fills in any gap).
  if (stats.documents === 0 && indexVersion(db) === null) setIndexVersion(db, INDEX_VERSION);
  const builder = new BatchBuilder();
  const changed: { id: number; field: number; length: number; hash: string }[] = [];
  const staleRows: FieldRow[] = [];
  const removed: number[] = [];
  for (const id of ids) {
    const document = documents.get(id);
    const before = existing.get(id) ?? [];
    if (!document) {
      if (before.length > 0) {
        stats.documents -= 1;
        removed.push(id);
      }
      for (const row of before) {
        stats.lengths[row.field] = (stats.lengths[row.field] ?? 0) - row.length;
        staleRows.push(row);
      }
      continue;
    }
    if (before.length === 0) stats.documents += 1;
    INDEX_FIELDS.forEach((name, field) => {
      const text = document[name as keyof ReadDocument] as string | null;
      // Analysed ahead (a new body), or short and analysed before (empty notes and tags); fields analysed ahead are not.
      const ahead = prepared?.get(id)?.[name];
      const known = text === null ? ahead : ahead ? undefined : shortAnalysis(text);
      const hash = known ? known.hash : textHash(text ?? '');
      const old = before.find((row) => row.field === field);
      if (old && old.hash === hash) return;
      const analysed = known ?? analysedFor(prepared, id, name, text ?? '', hash);
      if (old) {
        stats.lengths[field] = (stats.lengths[field] ?? 0) - old.length;
        staleRows.push(old);
      }
      stats.lengths[field] = (stats.lengths[field] ?? 0) + analysed.length;
      builder.add(id, field, analysed);
      changed.push({ id, field, length: analysed.length, hash });
    });
  }
  const batch = builder.write(db) ?? 0;
  const upsert = db.prepare(
    `INSERT INTO search_field (document_id, field, batch, length, hash) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (document_id, field) DO UPDATE SET batch = excluded.batch, length = excluded.length, hash = excluded.hash`,
  );
  for (const entry of changed) upsert.run(entry.id, entry.field, entry.length > 0 ? batch : 0, entry.length, entry.hash);
  markStale(db, staleRows);
  if (removed.length > 0) db.prepare('DELETE FROM search_field WHERE document_id IN (SELECT value FROM json_each(?))').run(JSON.stringify(removed));
  db.prepare('DELETE FROM search_pending WHERE document_id IN (SELECT value FROM json_each(?))').run(idList);
  writeStats(db, stats);
  if (changed.length > 0 || staleRows.length > 0) bumpGeneration(db);
  compactIndex(db);
  return ids.length;
}

/** Lists replaced entries as stale in their batches (an empty field has no postings to hide). */
function markStale(db: Db, rows: FieldRow[]): void {
  const insert = db.prepare('INSERT OR IGNORE INTO search_stale (batch, document_id, field) VALUES (?, ?, ?)');
  const count = db.prepare('UPDATE search_batch SET stale = stale + 1 WHERE id = ?');
  for (const row of rows) {
    if (row.length === 0 || row.batch === 0) continue;
    if (insert.run(row.batch, row.document_id, row.field).changes > 0) count.run(row.batch);
  }
}
