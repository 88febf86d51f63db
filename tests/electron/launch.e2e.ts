// The desktop app end to end, in the real Electron binary: launch on a fresh workspace, load the
// sample, search, open a result and highlight a passage; plus what the page can and cannot reach.
// Reports itself as skipped where the binary is absent (offline installs).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { WORKBENCH_METHODS, type WorkbenchBridge } from '../../api/workbench-api.js';
import { WorkbenchPage } from '../e2e/pages/workbench-page.js';
import { highlightPassage, TIMELINE_FIELDS } from '../e2e/support/flows.js';
import { COURIER_TITLE, PASSAGE, PHRASE } from '../e2e/support/sample.js';
import { findElectronBinary, repoRoot } from './support/electron-binary.js';

const binary = findElectronBinary();
const skipReason = `Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD / offline): ${binary.reason}. Run "node node_modules/electron/install.js" online, or see the README's desktop section.`;
// The annotation carries the reason into reports; the line below puts it on the terminal too.
if (binary.path === null) console.log(`[skipped] ${skipReason}`);
test.skip(binary.path === null, skipReason);

/** The globals the preload adds (the renderer declares them too; this test reads them directly). */
type BridgedWindow = Window & { assay?: WorkbenchBridge; assayEvents?: object; assayShell?: object; require?: unknown; process?: unknown };

let app: ElectronApplication;
let page: Page;
let home: string;

test.beforeAll(async () => {
  for (const built of ['dist/electron/main.js', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(join(repoRoot, built))) throw new Error(`${built} is missing: run "npm run build:electron" and "npm run build:renderer" first.`);
  }
  home = mkdtempSync(join(tmpdir(), 'assay-electron-e2e-'));
  app = await electron.launch({
    executablePath: binary.path ?? undefined,
    args: [repoRoot],
    cwd: repoRoot,
    env: {
      ...process.env,
      ASSAY_DB: join(home, 'case.assay.db'),
      // Keep the app's userData (window state, single-instance lock) out of the analyst's own.
      XDG_CONFIG_HOME: join(home, 'config'),
      APPDATA: join(home, 'config'),
    },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (home) rmSync(home, { recursive: true, force: true });
});

test('serves the UI from assay://app with only the bridged API in reach', async () => {
  expect(page.url()).toMatch(/^assay:\/\/app\//);
  const reach = await page.evaluate(() => {
    const bridged = window as BridgedWindow;
    return {
      require: typeof bridged.require,
      process: typeof bridged.process,
      assay: Object.keys(bridged.assay ?? {}).sort(),
      events: Object.keys(bridged.assayEvents ?? {}),
      shell: Object.keys(bridged.assayShell ?? {}).sort(),
    };
  });
  expect(reach).toEqual({
    require: 'undefined',
    process: 'undefined',
    assay: [...WORKBENCH_METHODS].sort(),
    events: ['onEvent'],
    shell: ['isDesktop', 'openFiles', 'saveFile'],
  });
  const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
  expect(userData).toMatch(/Assay$/);
});

test('launch → load the sample → search → highlight', async () => {
  const workbench = new WorkbenchPage(page);
  await workbench.loadSample();
  await workbench.search(`"${PHRASE}"`);
  await workbench.expectResultCount(2);
  await workbench.openResult(COURIER_TITLE);
  await highlightPassage(workbench, PASSAGE, TIMELINE_FIELDS);
  await expect(workbench.reader.highlights).toHaveCount(1);
  await expect(workbench.notes.item(PASSAGE)).toContainText('timeline');
  const saved = await page.evaluate(() => (window as BridgedWindow).assay?.listAnnotations({}));
  // window.assay answers Results (contextBridge would drop a thrown error's code).
  expect(saved?.ok && saved.value.map((annotation) => annotation.exact)).toEqual([PASSAGE]);
});
