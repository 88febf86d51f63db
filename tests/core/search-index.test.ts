// The index in the workspace file: read at query time (nothing loaded or rebuilt at start-up),
// rebuilt when of another version, written in the same transaction as each change, kept in step
// across processes, and merged batch by batch so queries read few rows.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertDocument } from '../../db/documents.js';
import { MERGE_WIDTH } from '../../db/search/index-compaction.js';
import { indexGeneration } from '../../db/search/index-meta.js';
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
  it('is read at start-up, not rebuilt', async () => {
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

  it('is rebuilt when of another version, or when documents lack entries', async () => {
    const path = join(tempDir(), 'w.db');
    const wb = open(path);
    addDocuments(wb, manyDocuments(12));
    wb.db.prepare("UPDATE meta SET value = '0' WHERE key = 'index.version'").run();
    wb.close();
    const again = open(path);
    expect((await again.search({ query: 'drone' })).total).toBe(1);
    expect((await again.getWorkspaceInfo({})).index.documents).toBe(12);
    again.close();
  });

  it('is written in the same transaction as the documents: a write that fails leaves neither', async () => {
    const path = join(tempDir(), 'w.db');
    const wb = open(path);
    expect(() =>
      wb.db.transaction(() => {
        manyDocuments(5).forEach((d) => insertDocument(wb.db, d));
        throw new Error('crash before commit');
      })(),
    ).toThrow('crash before commit');
    // Rows stored outside a write (as an older build left them) are indexed before the first search.
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

  it('merges small batches so a query reads few rows, and drops stale entries', async () => {
    const wb = open(join(tempDir(), 'w.db'));
    const ids = addDocuments(wb, manyDocuments(32));
    const batches = () => wb.db.prepare('SELECT count(*) FROM search_batch').pluck().get() as number;
    expect(batches()).toBe(1);
    await wb.createAnnotation({ documentId: ids[3]!, exact: 'Report number 3', note: 'urgent lead' });
    expect(batches()).toBe(2);
    expect((await wb.search({ query: 'urgent' })).hits.map((h) => h.id)).toEqual([ids[3]]);
    // Many scattered changes: each write is a small batch, merged once MERGE_WIDTH of them pile up.
    for (const id of ids.slice(4, 24)) await wb.createAnnotation({ documentId: id, exact: 'Report number', note: 'seen' });
    expect(batches()).toBeLessThanOrEqual(1 + MERGE_WIDTH);
    expect((await wb.search({ query: 'seen' })).total).toBe(20);
    expect((await wb.search({ query: 'report' })).total).toBe(32);
    // A note replaced: the old words no longer find the document.
    const [first] = await wb.listAnnotations({ documentId: ids[3]! });
    await wb.updateAnnotation({ id: first!.id, note: 'cold lead' });
    expect((await wb.search({ query: 'urgent' })).total).toBe(0);
    expect((await wb.search({ query: 'cold' })).hits.map((h) => h.id)).toEqual([ids[3]]);
    await wb.deleteDocument({ id: ids[5]! });
    expect((await wb.search({ query: 'report' })).total).toBe(31);
    expect((await wb.search({ query: 'item5' })).total).toBe(0);
    // Every stale entry belongs to a batch that still exists, and no batch is mostly stale.
    const rows = wb.db.prepare('SELECT entries, stale FROM search_batch').all() as { entries: number; stale: number }[];
    for (const row of rows) expect(row.stale * 2).toBeLessThanOrEqual(row.entries);
    wb.close();
  });
});
