// The e2e test fixture: each test gets its own workspace file and its own `assay serve` process,
// a page opened on that server's private link, and page objects for the main screens.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { test as base, expect } from '@playwright/test';
import { WorkbenchPage } from '../pages/workbench-page.js';

export interface AssayServer {
  /** http://127.0.0.1:PORT/?token=TOKEN */
  url: string;
  /** The workspace file this server owns. */
  dbPath: string;
  /** Everything the server wrote to stderr so far. */
  stderr(): string;
}

const START_TIMEOUT_MS = 20_000;

function waitForFirstLine(child: ChildProcess, errors: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdout = child.stdout;
    if (!stdout) return reject(new Error('assay serve has no stdout'));
    const lines = createInterface({ input: stdout });
    const timer = setTimeout(() => fail(new Error(`assay serve printed no URL within ${START_TIMEOUT_MS} ms.\n${errors()}`)), START_TIMEOUT_MS);
    const onExit = (code: number | null): void => fail(new Error(`assay serve exited (code ${code}) before printing its URL.\n${errors()}`));
    function fail(error: Error): void {
      clearTimeout(timer);
      child.off('exit', onExit);
      reject(error);
    }
    child.once('exit', onExit);
    lines.once('line', (line) => {
      clearTimeout(timer);
      child.off('exit', onExit);
      // Keep draining stdout so the server never blocks on a full pipe.
      lines.on('line', () => undefined);
      resolve(line.trim());
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 8_000);
  await exited;
  clearTimeout(timer);
}

interface Fixtures {
  server: AssayServer;
  workbench: WorkbenchPage;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern.
  server: async ({}, use, testInfo) => {
    const dir = await mkdtemp(join(tmpdir(), 'assay-e2e-'));
    const dbPath = join(dir, 'w.db');
    const child = spawn(process.execPath, ['dist/cli/main.js', 'serve', '--db', dbPath, '--port', '0', '--no-open'], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => (stderr += chunk));
    try {
      const url = await waitForFirstLine(child, () => stderr);
      expect(url, `assay serve's first line should be its private link, got: ${url}`).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/);
      await use({ url, dbPath, stderr: () => stderr });
    } finally {
      await stop(child);
      if (stderr.trim() !== '') await testInfo.attach('server-stderr.txt', { body: stderr, contentType: 'text/plain' });
      await rm(dir, { recursive: true, force: true });
    }
  },

  workbench: async ({ page, server }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
    await page.goto(server.url);
    const workbench = new WorkbenchPage(page);
    await use(workbench);
    // An uncaught exception in the page is a bug even when every assertion passed.
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
