// Keeps the persisted lunr index in step with the tables. lunr indexes are immutable, so the index
// is split into segments (as Lucene does): a change marks documents pending in the same transaction;
// sync() then tombstones their old entries and rebuilds only the small "tail" segment with them.
// Segments whose entries are mostly tombstones are rebuilt, so scores stay comparable.
// Several processes may sync at once: segments are built outside any transaction and each is
// written in its own short one, which keeps only what is still current (see applySegment).
import type { Db } from '../open-workspace.js';
import { isLockError } from '../workspace-lock.js';
import { serialiseIndex } from './compact-index.js';
import { readIndexableDocuments } from './indexable-documents.js';
import { buildIndex, INDEX_VERSION, type IndexableDocument } from './lunr-setup.js';
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

/** Full segments' worth of documents per round of a parallel sync: bounds what a conflict may waste. */
const ROUND_SEGMENTS = 4;
/** Rounds in a row that may index nothing (another sync won every segment) before giving up. */
const MAX_IDLE_ROUNDS = 5;

const recorders = new WeakMap<Db, Set<number>[]>();

/** Runs `work` (synchronous) and adds to `into` every document it marks pending. */
export function recordingMarks<T>(db: Db, into: Set<number>, work: () => T): T {
  const active = recorders.get(db) ?? [];
  recorders.set(db, active);
  active.push(into);
  try {
    return work();
  } finally {
    active.splice(active.indexOf(into), 1);
  }
}

/** Marks documents whose index entries must be (re)built; call inside the write's transaction. */
export function markPending(db: Db, documentIds: Iterable<number>): void {
  const insert = db.prepare('INSERT OR IGNORE INTO search_pending (document_id) VALUES (?)');
  const active = recorders.get(db) ?? [];
  for (const id of documentIds) {
    insert.run(id);
    for (const recorded of active) recorded.add(id);
  }
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
  // Read first: a write transaction would wait for (or fail on) another process's lock for nothing.
  const missing = db.prepare(
    'SELECT EXISTS (SELECT 1 FROM document WHERE id NOT IN (SELECT document_id FROM search_entry) AND id NOT IN (SELECT document_id FROM search_pending))',
  );
  if (readMeta(db, 'index.version') === String(INDEX_VERSION) && missing.pluck().get() === 0) return;
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

function sameContent(built: IndexableDocument, now: IndexableDocument | undefined): boolean {
  if (!now) return false;
  const fields = Object.keys(built) as (keyof IndexableDocument)[];
  return fields.every((field) => built[field] === now[field]);
}

/** The planned documents whose indexed text is still what the plan read (all, if nothing changed since). */
function stillCurrent(db: Db, plan: SyncPlan, documents: IndexableDocument[]): Set<number> {
  if (changeCount(db) === plan.changes) return new Set(documents.map((d) => d.id));
  const now = new Map(
    readIndexableDocuments(
      db,
      documents.map((d) => d.id),
    ).map((d) => [d.id, d]),
  );
  return new Set(documents.filter((d) => sameContent(d, now.get(d.id))).map((d) => d.id));
}

type PlannedSegment = SyncPlan['rebuild'][number];

/**
 * Writes one built segment and points the entries of its still-current documents at it (their old
 * entries become tombstones). A document changed since the plan keeps its pending mark for the next
 * sync. Returns how many pending documents it indexed, or null if another sync rewrote this segment
 * meanwhile (the next round plans again).
 */
function applySegment(db: Db, plan: SyncPlan, segment: PlannedSegment, data: string): number | null {
  if (segment.id !== null && db.prepare('SELECT generation FROM search_segment WHERE id = ?').pluck().get(segment.id) !== segment.generation) return null;
  const current = stillCurrent(db, plan, segment.documents);
  const args = [nextGeneration(db), segment.documents.length, data] as const;
  const id =
    segment.id === null
      ? Number(db.prepare('INSERT INTO search_segment (generation, doc_count, data) VALUES (?, ?, ?)').run(...args).lastInsertRowid)
      : (db.prepare('UPDATE search_segment SET generation = ?, doc_count = ?, data = ? WHERE id = ?').run(...args, segment.id), segment.id);
  const upsert = db.prepare('INSERT INTO search_entry (document_id, segment_id) VALUES (?, ?) ON CONFLICT (document_id) DO UPDATE SET segment_id = excluded.segment_id');
  const clear = db.prepare('DELETE FROM search_pending WHERE document_id = ?');
  let indexed = 0;
  for (const document of segment.documents) {
    if (!current.has(document.id)) continue;
    upsert.run(document.id, id);
    indexed += clear.run(document.id).changes;
  }
  return indexed;
}

/** Forgets covered documents that are gone and drops segments no entry points to any more. */
function finishPlan(db: Db, plan: SyncPlan): number {
  if (plan.gone.length === 0 && plan.drop.length === 0) return 0;
  const forget = db.prepare('DELETE FROM search_pending WHERE document_id = ? AND NOT EXISTS (SELECT 1 FROM document WHERE id = ?)');
  let forgotten = 0;
  for (const id of plan.gone) forgotten += forget.run(id, id).changes;
  const unused = db.prepare('SELECT NOT EXISTS (SELECT 1 FROM search_entry WHERE segment_id = ?)').pluck();
  const drop = db.prepare('DELETE FROM search_segment WHERE id = ?');
  let dropped = 0;
  for (const id of plan.drop) if (unused.get(id) === 1) dropped += drop.run(id).changes;
  // Readers reload on a new generation: a removed document must leave their copies too.
  if (forgotten > 0 || dropped > 0) nextGeneration(db);
  return forgotten;
}

interface Applied {
  /** Pending documents indexed or forgotten. */
  done: number;
  /** Segments another sync rewrote first. */
  lost: number;
}

/** Writes the built segments, each in its own short transaction (the last one also finishes the plan). */
function applyPlan(db: Db, plan: SyncPlan, data: string[], onSegment?: (done: number) => void): Applied {
  const applied: Applied = { done: 0, lost: 0 };
  const last = plan.rebuild.length - 1;
  let finished = false;
  plan.rebuild.forEach((segment, i) => {
    const indexed = db
      .transaction(() => {
        const written = applySegment(db, plan, segment, data[i] as string);
        finished = written !== null && i === last;
        return written === null ? null : written + (finished ? finishPlan(db, plan) : 0);
      })
      .immediate();
    if (indexed === null) applied.lost += 1;
    else applied.done += indexed;
    onSegment?.(applied.done);
  });
  if (!finished) applied.done += db.transaction(() => finishPlan(db, plan)).immediate();
  return applied;
}

function capacityOf(db: Db): number {
  return capacities.get(db) ?? SEGMENT_CAPACITY;
}

/**
 * Brings the index up to date with every pending document, in one transaction, on this thread.
 * For tests and repairs; the doors' writes use syncIndexInParallel, which holds no lock while building.
 */
export function syncIndex(db: Db, onProgress?: (progress: SyncProgress) => void): number {
  return db
    .transaction(() => {
      checkVersion(db);
      const plan = planSync(db, capacityOf(db));
      if (!plan) return 0;
      const data = plan.rebuild.map((segment) => serialiseIndex(buildIndex(segment.documents)));
      const total = plan.pending.length;
      return applyPlan(db, plan, data, (done) => onProgress?.({ done, total })).done;
    })
    .immediate();
}

/**
 * Indexes the pending documents in `only` (default: every document pending now, but not those
 * another process queues meanwhile: it indexes its own). Segments are built in worker threads
 * while the database is free, in bounded rounds; each is written in its own short transaction,
 * and a round that lost a segment to another sync is planned again.
 */
export async function syncIndexInParallel(db: Db, onProgress?: (progress: SyncProgress) => void, only?: ReadonlySet<number>): Promise<number> {
  if (readMeta(db, 'index.version') !== String(INDEX_VERSION)) db.transaction(() => checkVersion(db)).immediate();
  const scope = only ?? new Set(db.prepare('SELECT document_id FROM search_pending').pluck().all() as number[]);
  if (scope.size === 0) return 0;
  const total = db
    .prepare('SELECT count(*) FROM search_pending WHERE document_id IN (SELECT value FROM json_each(?))')
    .pluck()
    .get(JSON.stringify([...scope])) as number;
  const roundDocuments = ROUND_SEGMENTS * capacityOf(db);
  // Enough rounds for the work, with room for conflicts; never endless if others keep re-marking.
  const maxRounds = Math.ceil(total / roundDocuments) + 2 * MAX_IDLE_ROUNDS;
  let done = 0;
  let newSegmentsOnly = false;
  for (let round = 0, idle = 0; round < maxRounds && idle < MAX_IDLE_ROUNDS; round++) {
    const plan = db.transaction(() => planSync(db, capacityOf(db), { only: scope, maxDocuments: roundDocuments, newSegmentsOnly }))();
    if (!plan) break;
    const data = await buildSegments(plan.rebuild.map((segment) => segment.documents));
    const before = done;
    const applied = applyPlan(db, plan, data, (indexed) => onProgress?.({ done: Math.min(total, before + indexed), total }));
    done += applied.done;
    // A round that indexed nothing lost every segment to another sync, or its documents changed again.
    idle = applied.done > 0 ? 0 : idle + 1;
    // Another sync keeps rewriting the segment this one wanted (a busy delta): go around it.
    newSegmentsOnly = applied.lost > 0;
  }
  onProgress?.({ done: Math.min(total, done), total });
  return done;
}

/**
 * Queues and indexes whatever the index lacks (after a crash mid-import, or a file from an older
 * build). Best effort: if another process holds the lock past the wait, the search goes on with
 * the index as it is and the next one tries again. Returns whether it finished.
 */
export async function catchUpIndex(db: Db): Promise<boolean> {
  try {
    checkIndex(db);
    await syncIndexInParallel(db);
    return true;
  } catch (error) {
    if (isLockError(error)) return false;
    throw error;
  }
}

/** Documents a write changed whose indexing met a lock held too long: retried with the next write. */
const deferred = new WeakMap<Db, Set<number>>();

/**
 * Indexes what a committed write changed. The write stands whatever happens here: if another
 * process holds the lock past the wait, its documents stay pending and the next write retries them.
 */
export async function syncAfterWrite(db: Db, changed: ReadonlySet<number>): Promise<void> {
  const scope = new Set([...(deferred.get(db) ?? []), ...changed]);
  deferred.delete(db);
  try {
    await syncIndexInParallel(db, undefined, scope);
  } catch (error) {
    if (!isLockError(error)) throw error;
    deferred.set(db, scope);
  }
}
