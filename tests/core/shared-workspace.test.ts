// Several connections on one workspace file, as when the CLI imports while the app is open: a write
// waits for another process's lock, a lock held past the wait is reported as 'busy', an index sync
// keeps only what is still current when another connection writes meanwhile, and the watcher says
// which kinds of data another connection changed.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeTopic } from '../../api/transport.js';
import { createAnnotation } from '../../db/annotations.js';
import { pendingCount } from '../../db/search/index-writer.js';
import { openWorkbench, type Workbench } from '../../db/workbench.js';
import { BUSY_MESSAGE } from '../../db/workspace-lock.js';
import { watchWorkspace } from '../../db/workspace-watch.js';
import { holdWriteLock } from '../support/other-process.js';
import { addDocuments, doc, tempDir } from '../support/workspace.js';

const cleanups: (() => void)[] = [];

afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function workspacePath(): string {
  const dir = tempDir();
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'shared.db');
}

function open(path: string, options: Parameters<typeof openWorkbench>[1] = {}): Workbench {
  const workbench = openWorkbench(path, options);
  cleanups.push(() => workbench.close());
  return workbench;
}

function reports(n: number) {
  return Array.from({ length: n }, (_, i) => doc({ title: `Report ${i}`, body: `Report number ${i} mentions the ferry and item${i}.` }));
}

describe('a write while another process writes', () => {
  it('waits for the other to commit instead of failing', async () => {
    const path = workspacePath();
    const wb = open(path);
    const [id] = addDocuments(wb, [doc({ title: 'Bridge', body: 'The bridge at Kherson was struck again.' })]);
    const holder = await holdWriteLock(path, 1000);
    const note = await wb.createAnnotation({ documentId: id as number, exact: 'bridge', note: 'saved after the wait' });
    await holder.exited;
    expect((await wb.listAnnotations({})).map((a) => [a.id, a.note])).toEqual([[note.id, 'saved after the wait']]);
    expect((await wb.search({ query: 'notes:wait' })).hits.map((h) => h.id)).toEqual([id]);
  });

  it('reports a lock held past the wait as busy, for every door, and reads go on', async () => {
    const path = workspacePath();
    const wb = open(path, { busyTimeoutMs: 200 });
    const [id] = addDocuments(wb, [doc({ title: 'Bridge', body: 'The bridge at Kherson was struck again.' })]);
    const holder = await holdWriteLock(path);
    try {
      await expect(wb.createAnnotation({ documentId: id as number, exact: 'bridge' })).rejects.toMatchObject({ code: 'busy', message: BUSY_MESSAGE });
      expect(await wb.dispatch('createTag', { name: 'Logistics' })).toEqual({ ok: false, error: { code: 'busy', message: BUSY_MESSAGE } });
      // WAL: reading never waits for a writer.
      expect((await wb.listDocuments({})).map((d) => d.id)).toEqual([id]);
      expect((await wb.search({ query: 'bridge' })).total).toBe(1);
    } finally {
      await holder.release();
    }
    expect((await wb.listAnnotations({})).length).toBe(0);
    await wb.createAnnotation({ documentId: id as number, exact: 'bridge' });
    expect((await wb.listAnnotations({})).length).toBe(1);
  });

  it('reports busy when opening a new workspace another process is still creating', async () => {
    const path = workspacePath();
    const holder = await holdWriteLock(path);
    try {
      expect(() => openWorkbench(path, { busyTimeoutMs: 200 })).toThrow(expect.objectContaining({ code: 'busy', message: BUSY_MESSAGE }));
    } finally {
      await holder.release();
    }
    const wb = open(path);
    expect((await wb.getWorkspaceInfo({})).documentCount).toBe(0);
  });

  it('keeps the index in step when two connections write the same documents in turn', async () => {
    const path = workspacePath();
    const importer = open(path);
    const other = open(path);
    const ids = addDocuments(importer, reports(12));
    createAnnotation(other.db, { documentId: ids[5] as number, exact: 'Report number 5', note: 'late addition' });
    await other.deleteDocument({ id: ids[9] as number });
    // createAnnotation outside a workbench write only marks the document: the next write indexes it.
    await importer.updateDocument({ id: ids[0] as number, note: 'seen' });
    expect(pendingCount(importer.db)).toBe(0);
    const reader = open(path);
    expect((await reader.search({ query: 'late' })).hits.map((h) => h.id)).toEqual([ids[5]]);
    const all = await reader.search({ query: 'ferry', limit: 50 });
    expect(all.hits.map((h) => h.id).sort((a, b) => a - b)).toEqual(ids.filter((id) => id !== ids[9]));
  });
});

describe('the workspace watcher', () => {
  it('says which kinds of data another connection changed, and nothing for no change', async () => {
    const path = workspacePath();
    open(path);
    const other = open(path);
    const heard: ChangeTopic[][] = [];
    // A long interval: the test calls check() itself, so nothing depends on timing.
    const watch = watchWorkspace(path, (topics) => heard.push(topics), { intervalMs: 60_000 });
    cleanups.push(() => watch.stop());
    expect(watch.check()).toEqual([]);
    const [id] = addDocuments(other, reports(2));
    expect(watch.check()).toEqual(['documents']);
    const tag = await other.createTag({ name: 'Logistics' });
    expect(watch.check()).toEqual(['tags']);
    await other.createAnnotation({ documentId: id as number, exact: 'Report number 0', note: 'seen' });
    // The note is searchable, so search results (the documents topic) may change too.
    expect(watch.check()).toEqual(['documents', 'annotations']);
    await other.recolorTag({ id: tag.id, color: '#112233' });
    expect(watch.check()).toEqual(['tags']);
    expect(watch.check()).toEqual([]);
    expect(heard).toEqual([['documents'], ['tags'], ['documents', 'annotations'], ['tags']]);
  });
});
