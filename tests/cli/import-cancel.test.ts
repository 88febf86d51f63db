// Ctrl+C during `assay import` stops after the current batch: what was stored stays, consistent
// and searchable, and the report says how many files were not read. A real process, a real signal;
// the test waits for the first committed document (a state), never for time.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../api/types.js';
import { openWorkbench } from '../../db/workbench.js';
import { tempDir } from '../support/workspace.js';
import { buildCli } from './helpers.js';

const FILES = 3000;

function writeFolder(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < FILES; i++)
    writeFileSync(join(dir, `report-${i}.txt`), `Harbour report ${i}\n\nThe ferry number ${i} left the harbour at dawn with ${i % 17} trucks aboard.\n`);
}

/** Resolves once the workspace holds at least one committed document. */
async function firstCommit(path: string): Promise<void> {
  for (;;) {
    try {
      const db = new Database(path, { readonly: true, fileMustExist: true });
      try {
        if ((db.prepare('SELECT count(*) FROM document').pluck().get() as number) > 0) return;
      } finally {
        db.close();
      }
    } catch {
      // not created yet, or mid-migration
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('assay import, interrupted', () => {
  it('stops after the current batch on Ctrl+C and keeps what it stored', async () => {
    const dir = tempDir();
    const folder = join(dir, 'corpus');
    writeFolder(folder);
    const path = join(dir, 'w.db');
    const child = spawn(process.execPath, [buildCli(), '--db', path, '--json', 'import', folder], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
    await firstCommit(path);
    child.kill('SIGINT');
    const code = await exited;
    expect(stderr).toContain('stopping after the current batch');
    expect(code).toBe(2);
    const report = JSON.parse(stdout) as ImportReport;
    expect(report.cancelled).toBe(true);
    expect(report.notReached).toBeGreaterThan(0);
    expect(report.added.length + report.duplicates.length + report.failed.length + (report.notReached ?? 0)).toBe(FILES);
    const wb = openWorkbench(path);
    try {
      const info = await wb.getWorkspaceInfo({});
      expect(info.documentCount).toBe(report.added.length);
      expect(info.index).toMatchObject({ documents: report.added.length, pending: 0 });
      expect((await wb.search({ query: 'ferry', limit: 1 })).total).toBe(report.added.length);
    } finally {
      wb.close();
    }
  }, 120_000);
});
