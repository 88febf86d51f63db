// Keeps the persisted lunr index in step with the tables. lunr indexes are immutable, so the index
// is split into segments (as Lucene does): a change marks documents pending in the same transaction;
// sync() then tombstones their old entries and rebuilds only the small "tail" segment with them.
// Segments whose entries are mostly tombstones are rebuilt, so scores stay comparable.
import type { Db } from '../open-workspace.js';
import { serialiseIndex } from './compact-index.js';
import { buildIndex, INDEX_VERSION } from './lunr-setup.js';
import { buildSegments } from './segment-workers.js';
import { planSync, type SyncPlan } from './segment-plan.js';

/** Documents per segment: bounds the cost of one rebuild (a note change) to about a second. */
export const SEGMENT_CAPACITY = 1000;

const capacities = new WeakMap<Db, number>();

/** Overrides the segment size for one connection (tests use tiny segments to exercise merging). */
export function setSegmentCapacity(db: Db, capacity: number): void {
  capacities.set(db, capacity);
}

export interface SyncProgress {
  done: number;
  total: number;
}

/** Marks documents whose index entries must be (re)built; call inside the write's transaction. */
export function markPending(db: Db, documentIds: Iterable<number>): void {
  const insert = db.prepare('INSERT OR IGNORE INTO search_pending (document_id) VALUES (?)');
  for (const id of documentIds) insert.run(id);
  // Lets a parallel sync notice that its inputs changed while it was building.
  writeMeta(db, 'index.changes', String(changeCount(db) + 1));
}

export function changeCount(db: Db): number {
  return Number(readMeta(db, 'index.changes') ?? '0');
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

/** Builds and writes the planned segments, then clears the pending rows the plan covered. */
function applyPlan(db: Db, plan: SyncPlan, data: string[], onProgress?: (progress: SyncProgress) => void): number {
  const generation = nextGeneration(db);
  // Tombstone: the old entries stop counting; their segment keeps the stale postings until rebuilt.
  const forget = db.prepare('DELETE FROM search_entry WHERE document_id = ?');
  for (const id of plan.pending) forget.run(id);
  for (const id of plan.drop) db.prepare('DELETE FROM search_segment WHERE id = ?').run(id);
  const upsert = db.prepare(
    'INSERT INTO search_entry (document_id, segment_id) VALUES (?, ?) ON CONFLICT (document_id) DO UPDATE SET segment_id = excluded.segment_id',
  );
  const total = plan.rebuild.reduce((sum, r) => sum + r.documents.length, 0);
  let done = 0;
  plan.rebuild.forEach((segment, i) => {
    const args = [generation, segment.documents.length, data[i] as string] as const;
    const id =
      segment.id === null
        ? Number(db.prepare('INSERT INTO search_segment (generation, doc_count, data) VALUES (?, ?, ?)').run(...args).lastInsertRowid)
        : (db.prepare('UPDATE search_segment SET generation = ?, doc_count = ?, data = ? WHERE id = ?').run(...args, segment.id), segment.id);
    for (const document of segment.documents) upsert.run(document.id, id);
    done += segment.documents.length;
    onProgress?.({ done, total });
  });
  db.prepare('DELETE FROM search_pending WHERE document_id IN (SELECT value FROM json_each(?))').run(JSON.stringify(plan.pending));
  return plan.pending.length;
}

function capacityOf(db: Db): number {
  return capacities.get(db) ?? SEGMENT_CAPACITY;
}

/**
 * Brings the index up to date with every pending document, in one transaction, on this thread.
 * Used after single changes (a note, a tag), where only the small tail segment is rebuilt.
 */
export function syncIndex(db: Db, onProgress?: (progress: SyncProgress) => void): number {
  return db.transaction(() => {
    checkVersion(db);
    const plan = planSync(db, capacityOf(db));
    if (!plan) return 0;
    const data = plan.rebuild.map((segment) => serialiseIndex(buildIndex(segment.documents)));
    return applyPlan(db, plan, data, onProgress);
  }).immediate();
}

/**
 * The same for large batches (an import): segments are built in worker threads, in parallel,
 * while the database is free. If anything changed the index's inputs meanwhile (another write),
 * the work is redone on this thread inside one transaction, so the index is never stale.
 */
export async function syncIndexInParallel(db: Db, onProgress?: (progress: SyncProgress) => void): Promise<number> {
  db.transaction(() => checkVersion(db)).immediate();
  const plan = db.transaction(() => planSync(db, capacityOf(db)))();
  if (!plan) return 0;
  const data = await buildSegments(plan.rebuild.map((segment) => segment.documents));
  return db.transaction(() => {
    if (changeCount(db) !== plan.changes || indexGeneration(db) !== plan.generation) return syncIndex(db, onProgress);
    return applyPlan(db, plan, data, onProgress);
  }).immediate();
}
