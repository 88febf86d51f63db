// The UI's data layer seen from outside: one highlight save refreshes each list it changed once;
// what another process writes to the open workspace (documents, highlights) shows without a
// reload, and repainting the reader for it keeps the analyst's live selection.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { expect, test, type AssayServer } from './support/fixtures.js';
import { openCourier, TIMELINE_FIELDS } from './support/flows.js';
import { PASSAGE } from './support/sample.js';

const run = promisify(execFile);

/** Runs the built CLI on the server's workspace file: a second process writing beside the page. */
async function cli(server: AssayServer, ...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['dist/cli/main.js', '--db', server.dbPath, ...args], {
    cwd: process.cwd(),
    env: { ...process.env, NO_COLOR: '1' },
  });
  return stdout;
}

/** Counts the API calls the page makes, by method, and tells when none is in flight. */
function watchApi(page: Page): { counts: Map<string, number>; quiet(ms?: number): Promise<void> } {
  const counts = new Map<string, number>();
  let inFlight = 0;
  let lastChange = Date.now();
  const method = (url: string): string | null => {
    const match = /\/api\/([\w.]+)$/.exec(new URL(url).pathname);
    // The events stream stays open for good: it is no call.
    return match && match[1] !== 'events' ? (match[1] ?? null) : null;
  };
  page.on('request', (request) => {
    const name = method(request.url());
    if (!name) return;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    inFlight += 1;
    lastChange = Date.now();
  });
  const done = (url: string): void => {
    if (!method(url)) return;
    inFlight -= 1;
    lastChange = Date.now();
  };
  page.on('requestfinished', (request) => done(request.url()));
  page.on('requestfailed', (request) => done(request.url()));
  return {
    counts,
    async quiet(ms = 750) {
      await expect.poll(() => inFlight === 0 && Date.now() - lastChange >= ms, { timeout: 10_000, intervals: [100] }).toBe(true);
    },
  };
}

test('one highlight save asks for the annotations and the tags once each', async ({ workbench, page }) => {
  await openCourier(workbench);
  await workbench.reader.select(PASSAGE);
  await workbench.reader.highlightSelection();
  const dialog = workbench.highlightDialog('new');
  await dialog.fill(TIMELINE_FIELDS);

  const api = watchApi(page);
  await dialog.save();
  await expect(workbench.reader.highlight(PASSAGE)).toBeVisible();
  await expect(workbench.notes.item(PASSAGE)).toBeVisible();
  await api.quiet();

  const calls = Object.fromEntries(api.counts);
  test.info().annotations.push({ type: 'api calls after one save', description: JSON.stringify(calls) });
  expect(calls['createAnnotation'], JSON.stringify(calls)).toBe(1);
  expect(calls['listAnnotations'] ?? 0, JSON.stringify(calls)).toBeLessThanOrEqual(1);
  expect(calls['listTags'] ?? 0, JSON.stringify(calls)).toBeLessThanOrEqual(1);
  expect(calls['getWorkspaceInfo'] ?? 0, JSON.stringify(calls)).toBeLessThanOrEqual(1);
});

test('documents imported by another process appear without a reload', async ({ workbench, server, page }) => {
  await workbench.loadSample();
  const counts = page.getByRole('banner').getByText(/\d+ documents?\b/);
  await expect(counts).toBeVisible();
  const before = Number(/(\d+) documents?/.exec((await counts.textContent()) ?? '')?.[1]);
  expect(before).toBeGreaterThan(0);

  await workbench.search('quillwort');
  await workbench.expectResultCount(0);

  const dir = await mkdtemp(join(tmpdir(), 'assay-e2e-cli-'));
  try {
    await writeFile(join(dir, 'quillwort-survey.txt'), 'Quillwort survey of the Marensk marshes\n\nThe quillwort beds by the north quay were intact after the fire.\n');
    await writeFile(join(dir, 'ferry-timetable.txt'), 'Ferry timetable, winter\n\nThe quillwort ferry leaves the east pier at 07:10 and 16:40.\n');
    await cli(server, 'import', dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  await expect(counts).toHaveText(new RegExp(`\\b${before + 2} documents\\b`));
  await workbench.expectResultCount(2);
  await expect(workbench.resultTitle(/^Quillwort survey/)).toBeVisible();
});

test('a highlight added by another process shows in the reader and the notes, and the selection stays', async ({ workbench, server, page }) => {
  await openCourier(workbench);
  // The analyst is selecting a passage in the paragraph the other process is about to highlight.
  const selected = 'An officer said the site was';
  await workbench.reader.select(selected);

  const found: unknown = JSON.parse(await cli(server, '--json', 'search', `"${PASSAGE}"`));
  const id = (found as { hits: { id: number }[] }).hits[0]?.id;
  expect(id, 'the Courier article should be found by the CLI').toBeDefined();
  await cli(server, 'annotate', String(id), '--quote', PASSAGE, '--note', 'Added from the command line.', '--tag', 'cli');

  await expect(workbench.reader.highlight(PASSAGE)).toBeVisible();
  await expect(workbench.notes.item(PASSAGE)).toContainText('Added from the command line.');
  // The mark split the text the selection ran through; the selection is still the analyst's.
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(selected);
});
