// An import's two phases: every document is stored and indexed (searchable) before copied passages
// are looked for, and each is marked until its copies are; an import stopped between the phases
// leaves its documents marked, the marks survive reopening, and the next import examines them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../api/types.js';
import { openWorkbench, type Workbench } from '../../db/workbench.js';
import { tempDir } from '../support/workspace.js';

const WIRE =
  'Belarusian border guards closed the Brest crossing to freight traffic on Tuesday after a fire at the rail depot damaged two fuel tanks, the State Border Committee said in a statement. Lorries queued for more than twelve kilometres on the Polish side, and drivers were told the closure would last at least until Thursday morning.';

const RELAYS = [
  { title: 'Depot fire closes Brest crossing', source: 'Meridian Wire', date: '2026-03-10', body: WIRE },
  { title: 'Queues at the border', source: 'Daily Courier', date: '2026-03-11', body: `Our reporter spent the night at Terespol.\n\n${WIRE}` },
  { title: 'Harvest', source: 'Farm News', date: '2026-03-11', body: 'The harvest near Brest was poor this year, farmers said, and grain prices rose in the spring.' },
];
const LATER = [{ title: 'Border chaos', source: 'Evening Post', date: '2026-03-12', body: `Drivers slept in their cabs.\n\n${WIRE}` }];

function jsonFile(dir: string, name: string, documents: object[]): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ documents }));
  return file;
}

/** Counts read by another connection, as another process would see the workspace. */
function counts(path: string): { documents: number; indexed: number; pending: number; copies: number } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const count = (sql: string): number => db.prepare(sql).pluck().get() as number;
    return {
      documents: count('SELECT count(*) FROM document'),
      indexed: count('SELECT count(DISTINCT document_id) FROM search_field'),
      pending: count('SELECT count(*) FROM copy_pending'),
      copies: count('SELECT count(*) FROM copy_passage'),
    };
  } finally {
    db.close();
  }
}

describe('copies, looked for after the documents are stored', () => {
  it('commits and indexes every document before looking for copies, then unmarks them', async () => {
    const dir = tempDir();
    const path = join(dir, 'w.db');
    const seen: ReturnType<typeof counts>[] = [];
    const phases: ImportProgress[] = [];
    const wb = openWorkbench(path, {
      onProgress: (progress) => {
        phases.push(progress);
        if (progress.phase === 'copies' && progress.done === 0) seen.push(counts(path));
      },
    });
    try {
      const report = await wb.importPaths({ paths: [jsonFile(dir, 'relays.json', RELAYS)] });
      expect(report.added).toHaveLength(3);
      expect(report.cancelled).toBeUndefined();
      // When the copies phase began: all stored, all indexed, all marked, no copy yet.
      expect(seen).toEqual([{ documents: 3, indexed: 3, pending: 3, copies: 0 }]);
      expect(phases.filter((p) => p.phase === 'copies').at(-1)).toEqual({ phase: 'copies', done: 3, total: 3 });
      expect(counts(path)).toMatchObject({ pending: 0, copies: 1 });
      const [copy] = await wb.listCopies({});
      expect([copy?.origin.title, copy?.copy.title]).toEqual(['Depot fire closes Brest crossing', 'Queues at the border']);
    } finally {
      wb.close();
    }
  });

  it('keeps the documents of an import stopped before its copies phase marked, and the next import examines them', async () => {
    const dir = tempDir();
    const path = join(dir, 'w.db');
    let wb: Workbench = openWorkbench(path, {
      onProgress: (progress) => {
        if (progress.phase === 'copies') void wb.cancelImport({});
      },
    });
    try {
      const stopped = await wb.importPaths({ paths: [jsonFile(dir, 'relays.json', RELAYS)] });
      expect(stopped).toMatchObject({ cancelled: true, notReached: 0, copiesPending: 3 });
      expect(stopped.added).toHaveLength(3);
      // Stored and searchable; copies not looked for yet.
      expect((await wb.search({ query: 'lorries' })).total).toBe(2);
      expect(await wb.listCopies({})).toEqual([]);
    } finally {
      wb.close();
    }
    expect(counts(path)).toMatchObject({ documents: 3, pending: 3, copies: 0 });

    wb = openWorkbench(path);
    try {
      const next = await wb.importPaths({ paths: [jsonFile(dir, 'later.json', LATER)] });
      expect(next.added).toHaveLength(1);
      expect(next.cancelled).toBeUndefined();
      const copies = await wb.listCopies({});
      expect(copies.map((c) => [c.origin.title, c.copy.title])).toEqual([
        ['Depot fire closes Brest crossing', 'Queues at the border'],
        ['Depot fire closes Brest crossing', 'Border chaos'],
        ['Queues at the border', 'Border chaos'],
      ]);
      expect(counts(path).pending).toBe(0);
    } finally {
      wb.close();
    }
  });
});
