// Decides which segments a sync must (re)build, reading only: pending documents leave their old
// segments (tombstones), join the tail segment while it has room, then fill new segments; a
// segment whose entries are mostly stale is rebuilt from its live documents.
import type { Db } from '../open-workspace.js';
import { readIndexableDocuments } from './indexable-documents.js';
import type { IndexableDocument } from './lunr-setup.js';

/** A segment is rebuilt once this share of its entries are stale. */
const MAX_STALE_SHARE = 0.3;

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
  // The tail (last segment with room) absorbs new documents, so small segments do not pile up.
  const tail = segments.filter((s) => s.live > 0 && s.live < capacity).at(-1);
  if (tail && toAdd.length > 0) {
    const planned = rebuild.find((r) => r.id === tail.id);
    const ids = planned?.ids ?? liveIds(tail.id);
    const taken = toAdd.slice(0, capacity - ids.length);
    toAdd = toAdd.slice(taken.length);
    if (planned) planned.ids = [...ids, ...taken];
    else rebuild.push({ id: tail.id, ids: [...ids, ...taken] });
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
