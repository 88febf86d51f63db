// The loaded lunr segments of one open workspace, refreshed only when the persisted index
// generation moves (another process, or this one, changed it). Start-up loads, never rebuilds.
import type { Db } from '../open-workspace.js';
import { loadCompactIndex } from './compact-index.js';
import type { lunr } from './lunr-setup.js';
import { checkIndex, indexGeneration, syncIndex } from './segments.js';

export interface LoadedSegment {
  id: number;
  generation: number;
  index: lunr.Index;
}

export interface SegmentSnapshot {
  segments: LoadedSegment[];
  /** document id → the segment holding its live entry; hits from other segments are tombstones. */
  owner: Map<number, number>;
}

export class SegmentCache {
  private generation = -1;
  private loaded = new Map<number, LoadedSegment>();
  private owner = new Map<number, number>();

  constructor(private readonly db: Db) {}

  snapshot(): SegmentSnapshot {
    for (;;) {
      // One read transaction: the generation, segments and entries are seen as of the same moment.
      // It only reads, so it never waits for a writer (WAL); a repair writes after it has ended.
      const damaged = this.db.transaction(() => {
        const generation = indexGeneration(this.db);
        return generation === this.generation ? null : this.refresh(generation);
      })();
      if (damaged === null) break;
      this.repair(damaged);
    }
    return { segments: [...this.loaded.values()], owner: this.owner };
  }

  /** Drops a segment that cannot be loaded (damaged data) and rebuilds its documents. */
  private repair(segmentId: number): void {
    this.db.prepare('DELETE FROM search_segment WHERE id = ?').run(segmentId);
    checkIndex(this.db);
    syncIndex(this.db);
    this.generation = -1;
  }

  /** Loads what changed; returns the id of a segment that cannot be loaded, or null. */
  private refresh(generation: number): number | null {
    const rows = this.db.prepare('SELECT id, generation FROM search_segment ORDER BY id').all() as { id: number; generation: number }[];
    const next = new Map<number, LoadedSegment>();
    const read = this.db.prepare('SELECT data FROM search_segment WHERE id = ?').pluck();
    for (const row of rows) {
      const current = this.loaded.get(row.id);
      if (current && current.generation === row.generation) {
        next.set(row.id, current);
        continue;
      }
      try {
        next.set(row.id, { id: row.id, generation: row.generation, index: loadCompactIndex(read.get(row.id) as string) });
      } catch {
        return row.id;
      }
    }
    const owner = new Map<number, number>();
    for (const entry of this.db.prepare('SELECT document_id, segment_id FROM search_entry').raw().iterate() as Iterable<[number, number]>) {
      owner.set(entry[0], entry[1]);
    }
    this.loaded = next;
    this.owner = owner;
    this.generation = generation;
    return null;
  }
}
