// Decides which segments a sync must (re)build, reading only: pending documents leave their old
// segments (tombstones), join the tail segment while it has room, then fill new segments; a
// segment whose entries are mostly stale is rebuilt from its live documents.
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
  /** The index-input change counter and index generation the plan was made at. */
  changes: number;
  generation: number;
  pending: number[];
  /** Segments left with no live entry. */
  drop: number[];
  /** Segments to write: an existing id to replace, or null for a new one. */
  rebuild: { id: number | null; documents: IndexableDocument[] }[];
}

interface SegmentRow {
  id: number;
  doc_count: number;
  live: number;
}

const NOT_PENDING = 'document_id NOT IN (SELECT document_id FROM search_pending)';

export function planSync(db: Db, capacity: number): SyncPlan | null {
  const pending = db.prepare('SELECT document_id FROM search_pending ORDER BY document_id').pluck().all() as number[];
  if (pending.length === 0) return null;
  const meta = (key: string): number => Number(db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) ?? '0');
  const changes = meta('index.changes');
  const generation = meta('index.generation');
  const existing = new Set(db.prepare('SELECT id FROM document WHERE id IN (SELECT document_id FROM search_pending)').pluck().all() as number[]);
  let toAdd = pending.filter((id) => existing.has(id));
  const liveIds = (segmentId: number): number[] =>
    db.prepare(`SELECT document_id FROM search_entry WHERE segment_id = ? AND ${NOT_PENDING}`).pluck().all(segmentId) as number[];
  const segments = db
    .prepare(`SELECT s.id, s.doc_count, (SELECT count(*) FROM search_entry e WHERE e.segment_id = s.id AND e.${NOT_PENDING}) AS live FROM search_segment s ORDER BY s.id`)
    .all() as SegmentRow[];

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
  return {
    changes,
    generation,
    pending,
    drop,
    rebuild: rebuild.map(({ id, ids }) => ({ id, documents: readIndexableDocuments(db, ids) })),
  };
}
