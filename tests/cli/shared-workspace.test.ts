// Several `assay` processes on one workspace: two imports at once both finish with every document
// stored once and the index whole; a lock held past the wait is one plain line and exit status 1;
// a workspace open in this process hears of a CLI import and its search finds the new documents.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChangeTopic } from '../../api/transport.js';
import type { ImportReport, SearchResult } from '../../api/types.js';
import { openWorkbench } from '../../db/workbench.js';
import { BUSY_MESSAGE } from '../../db/workspace-lock.js';
import { holdWriteLock, runCli, writeTextFiles, type CliRun } from '../support/other-process.js';
import { buildCli } from './helpers.js';

let dir: string;

// Compiling the CLI takes a while on a busy machine.
beforeAll(() => {
  buildCli();
}, 180_000);

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fresh(): string {
  dir = mkdtempSync(join(tmpdir(), 'assay-shared-'));
  return join(dir, 'shared.assay.db');
}

function report(run: CliRun): ImportReport {
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as ImportReport;
}

async function hits(db: string, query: string): Promise<number[]> {
  const run = await runCli(['search', query, '--json', '--db', db]);
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as SearchResult).hits.map((h) => h.id);
}

describe('two imports into one workspace at once', () => {
  it('both finish, every document is stored once, and the index holds them all', async () => {
    const db = fresh();
    writeTextFiles(join(dir, 'alpha'), 'alpha', 1500);
    writeTextFiles(join(dir, 'beta'), 'beta', 1500);
    // The same files in both folders: exactly one import adds each, the other finds a duplicate.
    writeTextFiles(join(dir, 'alpha', 'both'), 'both', 50);
    writeTextFiles(join(dir, 'beta', 'both'), 'both', 50);
    // Both start on a file that does not exist yet, so they also race to create and migrate it.
    const [alpha, beta] = (
      await Promise.all([runCli(['import', join(dir, 'alpha'), '--json', '--db', db]), runCli(['import', join(dir, 'beta'), '--json', '--db', db])])
    ).map(report);
    expect([alpha?.failed, beta?.failed]).toEqual([[], []]);
    expect((alpha?.added.length ?? 0) + (beta?.added.length ?? 0)).toBe(3050);
    expect((alpha?.duplicates.length ?? 0) + (beta?.duplicates.length ?? 0)).toBe(50);

    const check = new Database(db, { readonly: true });
    try {
      const count = (sql: string): unknown => check.prepare(sql).pluck().get();
      expect(count('SELECT count(*) FROM document')).toBe(3050);
      expect(count('SELECT count(DISTINCT content_hash) FROM document')).toBe(3050);
      expect(count('SELECT count(*) FROM search_pending')).toBe(0);
      expect(count('SELECT count(*) FROM document WHERE id NOT IN (SELECT document_id FROM search_field)')).toBe(0);
      expect(count("SELECT CAST(json_extract(value, '$.documents') AS INTEGER) FROM meta WHERE key = 'index.stats'")).toBe(3050);
      expect(count('SELECT count(*) FROM search_field WHERE batch <> 0 AND batch NOT IN (SELECT id FROM search_batch)')).toBe(0);
    } finally {
      check.close();
    }
    expect(await hits(db, 'alphatoken1499')).toHaveLength(1);
    expect(await hits(db, 'betatoken0')).toHaveLength(1);
    expect(await hits(db, 'bothtoken49')).toHaveLength(1);
  }, 120_000);
});

describe('a lock held by another process', () => {
  it('past the wait: one plain line saying so, exit status 1, and nothing half-done', async () => {
    const db = fresh();
    writeTextFiles(join(dir, 'first'), 'first', 3);
    writeTextFiles(join(dir, 'second'), 'second', 3);
    const setup = openWorkbench(db);
    await setup.importPaths({ paths: [join(dir, 'first')] });
    setup.close();
    const holder = await holdWriteLock(db);
    let busy: CliRun;
    try {
      busy = await runCli(['import', join(dir, 'second'), '--db', db]);
    } finally {
      await holder.release();
    }
    expect(busy.code).toBe(1);
    expect(busy.stderr).toBe(`assay: ${BUSY_MESSAGE}\n`);
    const check = new Database(db, { readonly: true });
    expect(check.prepare('SELECT count(*) FROM document').pluck().get()).toBe(3);
    check.close();
    // Once the other process has finished, the same command works.
    expect(report(await runCli(['import', join(dir, 'second'), '--json', '--db', db])).added).toHaveLength(3);
    expect(await hits(db, 'secondtoken1')).toHaveLength(1);
  }, 120_000);
});

describe('a workspace open in this process', () => {
  it('hears of a CLI import, and its search finds the new documents', async () => {
    const db = fresh();
    writeTextFiles(join(dir, 'mine'), 'mine', 5);
    writeTextFiles(join(dir, 'theirs'), 'theirs', 300);
    const heard: ChangeTopic[][] = [];
    const workbench = openWorkbench(db, { onChange: (topics) => heard.push(topics) });
    try {
      await workbench.importPaths({ paths: [join(dir, 'mine')] });
      // The first search loads this process's copy of the index; the import must refresh it.
      expect((await workbench.search({ query: 'minetoken1' })).total).toBe(1);
      expect((await workbench.search({ query: 'theirstoken299' })).total).toBe(0);
      heard.length = 0;
      report(await runCli(['import', join(dir, 'theirs'), '--json', '--db', db]));
      await vi.waitFor(() => expect(heard.flat()).toContain('documents'), { timeout: 10_000, interval: 50 });
      expect((await workbench.search({ query: 'theirstoken299' })).total).toBe(1);
      expect((await workbench.getWorkspaceInfo({})).documentCount).toBe(305);
    } finally {
      workbench.close();
    }
  });
});
