// Playwright global set-up: the web e2e tests run the built CLI and the built UI, so make sure both
// exist and are not older than their sources; build them once if not, or stop with a clear reason.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const CLI = join(root, 'dist', 'cli', 'main.js');
const HOST = join(root, 'dist', 'server', 'web-host.js');
const UI = join(root, 'dist', 'renderer', 'index.html');

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function builtAt(file: string): number {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

function run(command: string): void {
  console.log(`[e2e set-up] ${command}`);
  try {
    execSync(command, { cwd: root, stdio: 'inherit' });
  } catch {
    throw new Error(`[e2e set-up] '${command}' failed; fix the build before running the end-to-end tests.`);
  }
}

export default function globalSetup(): void {
  if (process.env['ASSAY_E2E_SKIP_BUILD'] !== '1') {
    const core = Math.max(...['api', 'db', 'cli', 'server'].map((dir) => newestMtime(join(root, dir))));
    if (builtAt(CLI) === 0 || builtAt(HOST) === 0 || builtAt(HOST) < core) run('npm run build');
    // `npm run build` may or may not build the renderer; build it directly when it is still missing or stale.
    const ui = Math.max(newestMtime(join(root, 'renderer')), newestMtime(join(root, 'api')));
    if ((builtAt(UI) === 0 || builtAt(UI) < ui) && existsSync(join(root, 'renderer', 'vite.config.ts'))) {
      run('npx vite build --config renderer/vite.config.ts');
    }
  }
  const missing = [CLI, HOST, UI].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `[e2e set-up] missing build output: ${missing.map((file) => file.slice(root.length + 1)).join(', ')}. ` +
        'Run `npm run build` (and `npx vite build --config renderer/vite.config.ts` for the UI) first.',
    );
  }
}
