// The persisted index: loaded (not rebuilt) at start-up, rebuilt when missing, stale, damaged or
// left half-done by a crash, kept in step across processes, and merged segment by segment.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertDocument } from '../../db/documents.js';
import { indexGeneration, setSegmentCapacity, syncIndex } from '../../db/search/segments.js';
import { openWorkbench } from '../../db/workbench.js';
import { addDocuments, doc, tempDir } from '../support/workspace.js';

const WORDS = ['harbour', 'crossing', 'militia', 'tanker', 'refinery', 'convoy', 'checkpoint', 'drone', 'ferry', 'bridge'];

function manyDocuments(n: number) {
  return Array.from({ length: n }, (_, i) => doc({ title: `Report ${i}`, body: `Report number ${i} mentions the ${WORDS[i % WORDS.length]} and item${i}.` }));
}

function open(path: string) {
  return openWorkbench(path);
}

describe('persisted index', () => {
  it('is loaded at start-up, not rebuilt', async () => {
    const path = join(tempDir(), 'w.db');
    const first = open(path);
    addDocuments(first, manyDocuments(20));
    const generation = indexGeneration(first.db);
    first.close();
    const second = open(path);
    expect((await second.search({ query: 'ferry' })).total).toBe(2);
    expect(indexGeneration(second.db)).toBe(generation);
    second.close();
  });

  it('is rebuilt when missing, of another version, or damaged', async () => {
    const path = join(tempDir(), 'w.db');
    const wb = open(path);
    addDocuments(wb, manyDocuments(12));
    wb.db.prepare('DELETE FROM search_segment').run();
    wb.close();
    let again = open(path);
    expect((await again.search({ query: 'convoy' })).total).toBe(1);
    again.db.prepare("UPDATE meta SET value = '0' WHERE key = 'index.version'").run();
    again.close();
    again = open(path);
    expect((await again.search({ query: 'drone' })).total).toBe(1);
    again.db.prepare("UPDATE search_segment SET data = '{broken', generation = generation + 1").run();
    again.db.prepare("UPDATE meta SET value = value + 1 WHERE key = 'index.generation'").run();
    expect((await again.search({ query: 'bridge' })).total).toBe(1);
    again.close();
  });

  it('catches up after a crash between storing documents and indexing them', async () => {
    const path = join(tempDir(), 'w.db');
    const wb = open(path);
    // What an import leaves behind when the process dies after its batch commit: rows + pending.
    wb.db.transaction(() => manyDocuments(5).forEach((d) => insertDocument(wb.db, d)))();
    wb.close();
    const after = open(path);
    expect((await after.search({ query: 'tanker' })).total).toBe(1);
    expect((await after.getWorkspaceInfo({})).index.pending).toBe(0);
    after.close();
  });

  it('stays in step when another process changes the workspace', async () => {
    const path = join(tempDir(), 'w.db');
    const reader = open(path);
    const writer = open(path);
    expect((await reader.search({ query: 'refinery' })).total).toBe(0);
    addDocuments(writer, manyDocuments(5));
    expect((await reader.search({ query: 'refinery' })).total).toBe(1);
    await writer.createAnnotation({ documentId: 1, exact: 'Report number 0', note: 'cross-process note' });
    expect((await reader.search({ query: 'notes:cross' })).total).toBe(1);
    reader.close();
    writer.close();
  });

  it('puts single changes in a small delta segment, leaving full segments untouched', async () => {
    const wb = open(join(tempDir(), 'w.db'));
    setSegmentCapacity(wb.db, 16);
    const ids = addDocuments(wb, manyDocuments(32));
    const full = wb.db.prepare('SELECT id, generation, doc_count FROM search_segment ORDER BY id').all();
    expect(full).toHaveLength(2);
    await wb.createAnnotation({ documentId: ids[3]!, exact: 'Report number 3', note: 'urgent lead' });
    const after = wb.db.prepare('SELECT id, generation, doc_count FROM search_segment ORDER BY id').all() as { doc_count: number }[];
    expect(after.slice(0, 2)).toEqual(full);
    expect(after[2]?.doc_count).toBe(1);
    expect((await wb.search({ query: 'urgent' })).hits.map((h) => h.id)).toEqual([ids[3]]);
    expect((await wb.search({ query: 'report' })).total).toBe(32);
    // Many scattered changes: deltas are merged, so the number of segments stays small.
    for (const id of ids.slice(4, 20)) await wb.createAnnotation({ documentId: id, exact: 'Report number', note: 'seen' });
    expect(wb.db.prepare('SELECT count(*) FROM search_segment').pluck().get() as number).toBeLessThanOrEqual(2 + 5);
    expect((await wb.search({ query: 'seen' })).total).toBe(16);
    expect((await wb.search({ query: 'report' })).total).toBe(32);
    wb.close();
  });

  it('splits into segments, rebuilds only the tail on change, and merges away stale entries', async () => {
    const path = join(tempDir(), 'w.db');
    const wb = open(path);
    setSegmentCapacity(wb.db, 4);
    const ids = addDocuments(wb, manyDocuments(10));
    const segments = () => wb.db.prepare('SELECT id, doc_count FROM search_segment ORDER BY id').all() as { id: number; doc_count: number }[];
    expect(segments().map((s) => s.doc_count)).toEqual([4, 4, 2]);
    const before = wb.db.prepare('SELECT id, generation FROM search_segment ORDER BY id').all();
    await wb.createAnnotation({ documentId: ids[0]!, exact: 'Report number 0', note: 'flagged by the desk' });
    const after = wb.db.prepare('SELECT id, generation FROM search_segment ORDER BY id').all() as { id: number; generation: number }[];
    // Only the tail was rebuilt (it took the changed document); the full segments kept their data.
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect((await wb.search({ query: 'flagged' })).hits.map((h) => h.id)).toEqual([ids[0]]);
    expect((await wb.search({ query: 'harbour' })).hits.map((h) => h.id)).toEqual([ids[0]]);
    // Change two more documents of the first segment: half its entries are stale, so it is rebuilt.
    await wb.createAnnotation({ documentId: ids[1]!, exact: 'Report number 1', note: 'flagged again' });
    await wb.createAnnotation({ documentId: ids[2]!, exact: 'Report number 2', note: 'flagged thrice' });
    const live = wb.db.prepare('SELECT segment_id, count(*) AS n FROM search_entry GROUP BY segment_id').all() as { segment_id: number; n: number }[];
    const counts = new Map(segments().map((s) => [s.id, s.doc_count]));
    for (const { segment_id, n } of live) expect(n / counts.get(segment_id)!).toBeGreaterThanOrEqual(0.7);
    expect((await wb.search({ query: 'flagged' })).total).toBe(3);
    expect((await wb.search({ query: 'report' })).total).toBe(10);
    await wb.deleteDocument({ id: ids[5]! });
    expect((await wb.search({ query: 'report' })).total).toBe(9);
    syncIndex(wb.db);
    wb.close();
  });
});
