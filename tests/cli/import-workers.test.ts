// The import reads, parses and analyses files in worker threads (compiled CLI), or on the calling
// thread where no worker can run (these tests' in-process workbench runs from TypeScript sources).
// Both must store exactly the same thing, copies included; and a file that needs more memory than a worker may use
// is refused by name while the rest of the folder imports.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintDocument } from '../../db/copies/fingerprint.js';
import type { ImportWorkers } from '../../db/import/import-workers.js';
import { openWorkbench } from '../../db/workbench.js';
import { buildCli, workspace, type Workspace } from './helpers.js';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');

interface StoredDocument {
  origin: string;
  title: string;
  body: string;
  language: string;
  source: string | null;
}

const WIRE =
  'Belarusian border guards closed the Brest crossing to freight traffic on Tuesday after a fire at the rail depot damaged two fuel tanks, the State Border Committee said in a statement. Lorries queued for more than twelve kilometres on the Polish side, and drivers were told the closure would last at least until Thursday morning.';
/** A wire report and two relays of it: copies the copies phase finds, with prints made by the workers or on the calling thread. */
const RELAYS = {
  documents: [
    { title: 'Depot fire closes Brest crossing', source: 'Meridian Wire', date: '2026-03-10', body: WIRE },
    { title: 'Queues at the border', source: 'Daily Courier', date: '2026-03-11', body: `Our reporter spent the night at Terespol.\n\n${WIRE}` },
    { title: 'Border chaos', source: 'Evening Post', date: '2026-03-12', body: `Drivers slept in their cabs.\n\n${WIRE.replace('fuel', 'diesel')}` },
  ],
};

/** Every copied passage, by the titles of its two documents and its ranges in both. */
function storedCopies(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return (
      db
        .prepare(
          `SELECT c.title || ' [' || p.copy_start || ',' || p.copy_end || '] copies ' || o.title || ' [' || p.origin_start || ',' || p.origin_end || '] ' || p.words
           FROM copy_passage p JOIN document c ON c.id = p.copy_id JOIN document o ON o.id = p.origin_id`,
        )
        .pluck()
        .all() as string[]
    ).sort();
  } finally {
    db.close();
  }
}

function storedDocuments(path: string, folder: string): StoredDocument[] {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db.prepare('SELECT origin, title, body, language, source FROM document').all() as StoredDocument[];
    // Origins are absolute paths: compared relative to the folder each import read.
    return rows.map((row) => ({ ...row, origin: row.origin.slice(folder.length) })).sort((a, b) => a.origin.localeCompare(b.origin));
  } finally {
    db.close();
  }
}

let ws: Workspace | undefined;
afterEach(() => ws?.cleanup());

describe('import in worker threads', () => {
  it('stores the same documents, and finds the same hits, as an import on the calling thread', async () => {
    ws = workspace();
    const folder = join(ws.dir, 'corpus');
    cpSync(join(FIXTURES, 'import'), join(folder, 'import'), { recursive: true });
    cpSync(join(FIXTURES, 'formats'), join(folder, 'formats'), { recursive: true });
    writeFileSync(join(folder, 'relays.json'), JSON.stringify(RELAYS));

    const cli = ws.run(['import', folder]);
    expect(cli.stderr).not.toMatch(/internal error/);

    const inProcess = join(ws.dir, 'in-process.db');
    const wb = openWorkbench(inProcess);
    const report = await wb.importPaths({ paths: [folder] });
    const queries = ['bridge', 'harvest OR grain', '"the port"', 'title:report', 'армия'];
    const hits = [];
    for (const query of queries) hits.push((await wb.search({ query })).hits.map((hit) => hit.title));
    wb.close();

    const viaWorkers = storedDocuments(ws.db, folder);
    expect(viaWorkers.length).toBe(report.added.length);
    expect(viaWorkers.length).toBeGreaterThan(20);
    expect(viaWorkers).toEqual(storedDocuments(inProcess, folder));
    // Copies found from prints the workers made are the ones found from prints made here.
    const copies = storedCopies(ws.db);
    expect(copies.filter((copy) => copy.includes('copies Depot fire closes Brest crossing'))).toHaveLength(2);
    expect(copies).toEqual(storedCopies(inProcess));
    // The failures the CLI names are the ones the in-process import reported.
    for (const failure of report.failed) expect(cli.stdout).toContain(failure.origin.slice(folder.length));

    const viaWorkersHits = [];
    const workspaceAfter = openWorkbench(ws.db);
    for (const query of queries) viaWorkersHits.push((await workspaceAfter.search({ query })).hits.map((hit) => hit.title));
    workspaceAfter.close();
    expect(viaWorkersHits).toEqual(hits);
  });

  it('fingerprints texts for the copies phase in the workers, exactly as the calling thread does', async () => {
    // The compiled module, whose worker file exists: from the TypeScript sources no worker starts.
    const compiled = join(dirname(dirname(buildCli())), 'db', 'import', 'import-workers.js');
    const { ImportWorkers: Compiled } = (await import(pathToFileURL(compiled).href)) as { ImportWorkers: typeof ImportWorkers };
    const workers = new Compiled(2);
    try {
      expect(workers.threads).toBe(2);
      const texts = RELAYS.documents.map((document) => document.body).concat(['', 'Ёлка у дороги, п’ять слів.']);
      const result = await workers.read({ kind: 'copy-prints', texts }, () => undefined, 4096);
      expect(result.prints).toEqual(texts.map(fingerprintDocument));
    } finally {
      await workers.close();
    }
  });

  it('refuses a file that needs more memory than a worker may use, names it, and imports the rest', () => {
    ws = workspace();
    const folder = join(ws.dir, 'in');
    mkdirSync(folder);
    writeFileSync(join(folder, 'good.txt'), 'Harbour report\n\nThe ferry left the harbour at dawn.\n');
    // 15 MB of text: decoded, normalised and analysed it needs several times a 32 MB heap.
    const words: string[] = [];
    for (let i = 0; i < 1_500_000; i++) words.push(`w${i.toString(36)}x${((i * 7919) % 100_003).toString(36)}`);
    writeFileSync(join(folder, 'big.txt'), words.join(' '));
    writeFileSync(join(folder, 'later.txt'), 'Convoy sighted\n\nA convoy was sighted near the border crossing.\n');

    const result = ws.run(['import', folder], { env: { ASSAY_WORKER_HEAP_MB: '32' } });
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/big\.txt — needs more than 32 MB of memory to read — split it into smaller files/);
    const stored = storedDocuments(ws.db, folder).map((document) => document.origin);
    expect(stored).toEqual(['/good.txt', '/later.txt']);
    // The workspace searches afterwards.
    const found = ws.run(['search', 'convoy']);
    expect(found.code).toBe(0);
    expect(found.stdout).toContain('Convoy sighted');
  });
});
