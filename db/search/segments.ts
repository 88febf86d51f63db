// Keeps the persisted lunr index in step with the tables. lunr indexes are immutable, so the index
// is split into segments (as Lucene does): a change marks documents pending in the same transaction;
// sync() then tombstones their old entries and rebuilds only the small "tail" segment with them.
// Segments whose entries are mostly tombstones are rebuilt, so scores stay comparable.
import type { Db } from '../open-workspace.js';
import { buildIndex, INDEX_VERSION } from './lunr-setup.js';
import { readIndexableDocuments } from './indexable-documents.js';

/** Documents per segment: bounds the cost of one rebuild (a note change) to about a second. */
export const SEGMENT_CAPACITY = 1000;

const capacities = new WeakMap<Db, number>();

/** Overrides the segment size for one connection (tests use tiny segments to exercise merging). */
export function setSegmentCapacity(db: Db, capacity: number): void {
  capacities.set(db, capacity);
}
/** A segment is rebuilt once this share of its entries are stale. */
const MAX_STALE_SHARE = 0.3;

export interface SyncProgress {
  done: number;
  total: number;
}

/** Marks documents whose index entries must be (re)built; call inside the write's transaction. */
export function markPending(db: Db, documentIds: Iterable<number>): void {
  const insert = db.prepare('INSERT OR IGNORE INTO search_pending (document_id) VALUES (?)');
  for (const id of documentIds) insert.run(id);
}

function readMeta(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

function writeMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** Increases and returns the index generation: readers compare it to know their copy is stale. */
function nextGeneration(db: Db): number {
  const generation = Number(readMeta(db, 'index.generation') ?? '0') + 1;
  writeMeta(db, 'index.generation', String(generation));
  return generation;
}

export function indexGeneration(db: Db): number {
  return Number(readMeta(db, 'index.generation') ?? '0');
}

export function pendingCount(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM search_pending').get() as { n: number }).n;
}

/**
 * Detects an index that is missing, of another version, or out of step with the documents (e.g.
 * after a crash mid-import, or a file written by an older build) and queues what must be rebuilt.
 * Cheap when all is well: two small queries.
 */
export function checkIndex(db: Db): void {
  db.transaction(() => {
    checkVersion(db);
    db.prepare(
      `INSERT OR IGNORE INTO search_pending (document_id)
       SELECT id FROM document WHERE id NOT IN (SELECT document_id FROM search_entry)`,
    ).run();
  }).immediate();
}

/** Segments written by another index version are dropped and all documents queued again. */
function checkVersion(db: Db): void {
  if (readMeta(db, 'index.version') === String(INDEX_VERSION)) return;
  if ((db.prepare('SELECT count(*) FROM search_segment').pluck().get() as number) > 0) {
    db.prepare('DELETE FROM search_segment').run();
    db.prepare('INSERT OR IGNORE INTO search_pending (document_id) SELECT id FROM document').run();
    nextGeneration(db);
  }
  writeMeta(db, 'index.version', String(INDEX_VERSION));
}

interface SegmentRow {
  id: number;
  doc_count: number;
  live: number;
}

function segmentsWithLiveCounts(db: Db): SegmentRow[] {
  return db
    .prepare(
      `SELECT s.id, s.doc_count, (SELECT count(*) FROM search_entry e WHERE e.segment_id = s.id) AS live
       FROM search_segment s ORDER BY s.id`,
    )
    .all() as SegmentRow[];
}

function liveDocumentIds(db: Db, segmentId: number): number[] {
  return (db.prepare('SELECT document_id FROM search_entry WHERE segment_id = ?').pluck().all(segmentId) as number[]);
}

function writeSegment(db: Db, segmentId: number | null, documentIds: number[], generation: number): void {
  const documents = readIndexableDocuments(db, documentIds);
  const data = JSON.stringify(buildIndex(documents));
  let id = segmentId;
  if (id === null) {
    id = Number(db.prepare('INSERT INTO search_segment (generation, doc_count, data) VALUES (?, ?, ?)').run(generation, documents.length, data).lastInsertRowid);
  } else {
    db.prepare('UPDATE search_segment SET generation = ?, doc_count = ?, data = ? WHERE id = ?').run(generation, documents.length, data, id);
  }
  const upsert = db.prepare(
    'INSERT INTO search_entry (document_id, segment_id) VALUES (?, ?) ON CONFLICT (document_id) DO UPDATE SET segment_id = excluded.segment_id',
  );
  for (const document of documents) upsert.run(document.id, id);
}

/**
 * Brings the index up to date with every pending document, in one transaction. Returns how many
 * documents were (re)indexed. `onProgress` is told after each segment is written.
 */
export function syncIndex(db: Db, onProgress?: (progress: SyncProgress) => void): number {
  return db.transaction(() => {
    checkVersion(db);
    const pending = db.prepare('SELECT document_id FROM search_pending ORDER BY document_id').pluck().all() as number[];
    if (pending.length === 0) return 0;
    const capacity = capacities.get(db) ?? SEGMENT_CAPACITY;
    const generation = nextGeneration(db);
    // Tombstone: the old entries stop counting; their segment keeps the stale postings until rebuilt.
    const forget = db.prepare('DELETE FROM search_entry WHERE document_id = ?');
    for (const id of pending) forget.run(id);
    const existing = new Set(db.prepare('SELECT id FROM document WHERE id IN (SELECT document_id FROM search_pending)').pluck().all() as number[]);
    let toAdd = pending.filter((id) => existing.has(id));

    const segments = segmentsWithLiveCounts(db);
    const rebuild: { id: number | null; ids: number[] }[] = [];
    for (const segment of segments) {
      const stale = segment.doc_count - segment.live;
      if (segment.live === 0) {
        db.prepare('DELETE FROM search_segment WHERE id = ?').run(segment.id);
      } else if (stale > 0 && stale / segment.doc_count > MAX_STALE_SHARE) {
        rebuild.push({ id: segment.id, ids: liveDocumentIds(db, segment.id) });
      }
    }
    // The tail (last segment with room) absorbs new documents, so small segments do not pile up.
    const tail = segments.filter((s) => s.live > 0 && s.live < capacity).at(-1);
    if (tail && toAdd.length > 0) {
      const planned = rebuild.find((r) => r.id === tail.id);
      const ids = planned?.ids ?? liveDocumentIds(db, tail.id);
      const room = capacity - ids.length;
      const taken = toAdd.slice(0, room);
      toAdd = toAdd.slice(room);
      if (planned) planned.ids = [...ids, ...taken];
      else rebuild.push({ id: tail.id, ids: [...ids, ...taken] });
    }
    for (let i = 0; i < toAdd.length; i += capacity) {
      rebuild.push({ id: null, ids: toAdd.slice(i, i + capacity) });
    }
    const total = rebuild.reduce((sum, r) => sum + r.ids.length, 0);
    let done = 0;
    for (const segment of rebuild) {
      writeSegment(db, segment.id, segment.ids, generation);
      done += segment.ids.length;
      onProgress?.({ done, total });
    }
    db.prepare('DELETE FROM search_pending').run();
    return pending.length;
  }).immediate();
}
