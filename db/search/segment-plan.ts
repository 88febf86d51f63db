// Decides which segments a sync must (re)build, reading only: pending documents leave their old
// segments (tombstones), join the tail segment while it has room, then fill new segments; a
// segment whose entries are mostly stale is rebuilt from its live documents. A plan may cover only
// some pending documents (those one write changed, or a bounded round of an import's).
import type { Db } from '../open-workspace.js';
import { readIndexableDocuments } from './indexable-documents.js';
import type { IndexableDocument } from './lunr-setup.js';

/** A segment is rebuilt once this share of its entries are stale. */
const MAX_STALE_SHARE = 0.3;
/** Single changes (a note, a tag) go to small delta segments, so saving costs milliseconds. */
export const DELTA_CAPACITY = 64;
/** More small segments than this are merged into one, so searches do not fan out too far. */
const MAX_SMALL_SEGMENTS = 4;

export interface SyncPlan {
  /** The index-input change counter the plan was made at: unchanged, no document changed since. */
  changes: number;
  /** The pending documents this plan covers: each is indexed, or forgotten if it is gone. */
  pending: number[];
  /** The covered documents that no longer exist. */
  gone: number[];
  /** Segments left with no live entry. */
  drop: number[];
  /**
   * Segments to write: an existing id (with the generation it had, so a rewrite by another sync
   * meanwhile is noticed) to replace, or null for a new one.
   */
  rebuild: { id: number | null; generation: number | null; documents: IndexableDocument[] }[];
}

export interface PlanScope {
  /** Only these documents' pending changes (the ones a write made); undefined: every pending one. */
  only?: ReadonlySet<number>;
  /** At most this many documents are added per plan, so one round of work stays bounded. */
  maxDocuments?: number;
  /**
   * Put the documents in new segments only, touching no existing one: after another sync rewrote
   * a segment this one had planned to rewrite, its next round cannot lose that race again.
   */
  newSegmentsOnly?: boolean;
}

interface SegmentRow {
  id: number;
  generation: number;
  doc_count: number;
  /** Entries that stay where they are: those of documents this plan does not cover. */
  live: number;
}

/** Each segment with its entry count (planSync subtracts the entries of documents it covers). */
const SEGMENTS = 'SELECT s.id, s.generation, s.doc_count, (SELECT count(*) FROM search_entry e WHERE e.segment_id = s.id) AS live FROM search_segment s ORDER BY s.id';
/** How many of the given documents each segment holds. */
const LEAVING = 'SELECT segment_id, count(*) FROM search_entry WHERE document_id IN (SELECT value FROM json_each(?)) GROUP BY segment_id';

/** Reads only, so it runs in a read transaction that never blocks a writer. */
export function planSync(db: Db, capacity: number, scope: PlanScope = {}): SyncPlan | null {
  const pending = (
    scope.only
      ? db
          .prepare('SELECT document_id FROM search_pending WHERE document_id IN (SELECT value FROM json_each(?)) ORDER BY document_id')
          .pluck()
          .all(JSON.stringify([...scope.only]))
      : db.prepare('SELECT document_id FROM search_pending ORDER BY document_id').pluck().all()
  ) as number[];
  if (pending.length === 0) return null;
  const changes = Number(db.prepare("SELECT value FROM meta WHERE key = 'index.changes'").pluck().get() ?? '0');
  const existing = new Set(db.prepare('SELECT id FROM document WHERE id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(pending)) as number[]);
  let toAdd = pending.filter((id) => existing.has(id)).slice(0, scope.maxDocuments ?? Infinity);
  const gone = pending.filter((id) => !existing.has(id));
  const covered = new Set([...gone, ...toAdd]);
  const coveredJson = JSON.stringify([...covered]);
  const liveIds = (segmentId: number): number[] =>
    (db.prepare('SELECT document_id FROM search_entry WHERE segment_id = ? ORDER BY document_id').pluck().all(segmentId) as number[]).filter((id) => !covered.has(id));
  const leaving = new Map(db.prepare(LEAVING).raw().all(coveredJson) as [number, number][]);
  const rows = scope.newSegmentsOnly ? [] : (db.prepare(SEGMENTS).all() as SegmentRow[]);
  const segments = rows.map((s) => ({ ...s, live: s.live - (leaving.get(s.id) ?? 0) }));

  const drop: number[] = [];
  const rebuild: { id: number | null; ids: number[] }[] = [];
  for (const segment of segments) {
    const stale = segment.doc_count - segment.live;
    if (segment.live === 0) drop.push(segment.id);
    else if (stale > 0 && stale / segment.doc_count > MAX_STALE_SHARE) rebuild.push({ id: segment.id, ids: liveIds(segment.id) });
  }
  const deltaCapacity = Math.max(1, Math.min(DELTA_CAPACITY, Math.floor(capacity / 8)));
  const live = segments.filter((s) => s.live > 0 && !rebuild.some((r) => r.id === s.id));
  const small = live.filter((s) => s.live < capacity / 2);
  if (small.length > MAX_SMALL_SEGMENTS) {
    // Merge the small segments (deltas and leftovers) into one, or a few full ones.
    const ids = small.flatMap((s) => liveIds(s.id)).concat(toAdd);
    for (const s of small) drop.push(s.id);
    toAdd = ids;
  } else if (toAdd.length > 0 && toAdd.length <= deltaCapacity) {
    // A few changed documents join the smallest delta with room, or start a new one.
    const delta = live.filter((s) => s.live + toAdd.length <= deltaCapacity).sort((a, b) => a.live - b.live)[0];
    if (delta) {
      rebuild.push({ id: delta.id, ids: [...liveIds(delta.id), ...toAdd] });
      toAdd = [];
    }
  } else if (toAdd.length > 0) {
    // A bulk import fills the last segment with room, then new full segments.
    const tail = live.filter((s) => s.live < capacity).at(-1);
    if (tail) {
      const ids = liveIds(tail.id);
      const taken = toAdd.slice(0, capacity - ids.length);
      toAdd = toAdd.slice(taken.length);
      rebuild.push({ id: tail.id, ids: [...ids, ...taken] });
    }
  }
  for (let i = 0; i < toAdd.length; i += capacity) rebuild.push({ id: null, ids: toAdd.slice(i, i + capacity) });
  const generationOf = new Map(segments.map((s) => [s.id, s.generation]));
  return {
    changes,
    pending: [...covered],
    gone,
    drop,
    rebuild: rebuild.map(({ id, ids }) => ({ id, generation: id === null ? null : (generationOf.get(id) ?? null), documents: readIndexableDocuments(db, ids) })),
  };
}
