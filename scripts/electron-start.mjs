// `npm start`: runs the desktop app from the checkout. Without the Electron binary (an offline
// install) it says so, why, and how to get it, then exits non-zero; otherwise it makes sure the
// Electron build of better-sqlite3 exists, builds the app and launches it.
//   node scripts/electron-start.mjs [--no-build] [-- <electron args>]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { electronVersion, findElectronBinary, nativeBindingFile, root } from './electron-paths.mjs';

const args = process.argv.slice(2);
const passThrough = args.includes('--') ? args.slice(args.indexOf('--') + 1) : [];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function fail(message) {
  console.error(message);
  process.exit(1);
}

function step(label, command, commandArgs) {
  console.log(`\n> ${label}`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) fail(`\nnpm start stopped: "${label}" failed.`);
}

const version = electronVersion();
const binary = findElectronBinary();
if (binary.path === null) {
  fail(`
The Electron ${version} binary is not installed, so the desktop app cannot start.

Why: ${binary.reason}.
The electron package downloads its binary from GitHub when it is installed; installs made
with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or on a machine without internet (like an offline CI
box), skip or fail that download. Type definitions are still there, so the app type-checks
and its unit tests run.

To get it:
  - online:  node node_modules/electron/install.js     (or: npm rebuild electron)
  - offline: fetch electron-v${version}-${process.platform}-${process.arch}.zip from
             https://github.com/electron/electron/releases/tag/v${version} on another machine,
             unzip it and run:  ELECTRON_OVERRIDE_DIST_PATH=/path/to/unzipped npm start

Meanwhile the same UI runs in your browser: npm run web`);
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
if (pkg.main !== 'dist/electron/main.js') fail('package.json needs "main": "dist/electron/main.js" so Electron finds the main process.');

if (!existsSync(nativeBindingFile())) {
  console.log(`\nbetter-sqlite3 has no build for Electron ${version} yet: building it once (needs the network, see README).`);
  step('node scripts/electron-native.mjs', process.execPath, [join(root, 'scripts', 'electron-native.mjs')]);
}

if (!args.includes('--no-build')) {
  if (pkg.scripts?.['build:renderer']) step('npm run build:renderer', npm, ['run', 'build:renderer']);
  step('build the Electron main process and preload', process.execPath, [join(root, 'scripts', 'electron-build.mjs')]);
}
if (!existsSync(join(root, 'dist', 'renderer', 'index.html'))) fail('dist/renderer/index.html is missing: build the renderer first (npm run build:renderer).');

console.log(`\n> electron ${version}`);
const child = spawn(binary.path, ['.', ...passThrough], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
