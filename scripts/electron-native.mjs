// Builds better-sqlite3 for the installed Electron's ABI into build/native/electron-<v>-<os>-<arch>/,
// leaving node_modules (Node's build, used by the CLI and tests) untouched. Needs the network
// (a prebuilt binary or Electron's headers) unless ELECTRON_HEADERS_DIR names unpacked headers.
//   node scripts/electron-native.mjs [--force] [--from-source] [--print-path] [--arch <arch>] [--out <file>]
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { electronVersion, nativeBindingFile, root } from './electron-paths.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};

const version = electronVersion();
const arch = option('--arch') ?? process.arch;
const target = option('--out') ?? nativeBindingFile(version, process.platform, arch);
const headersDir = process.env.ELECTRON_HEADERS_DIR;

if (flag('--print-path')) {
  console.log(target);
  process.exit(0);
}
if (existsSync(target) && !flag('--force')) {
  console.log(`better-sqlite3 for Electron ${version} (${process.platform}-${arch}) is already built: ${target}`);
  process.exit(0);
}

const source = join(root, 'node_modules', 'better-sqlite3');
const sqliteVersion = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')).version;
const work = mkdtempSync(join(tmpdir(), 'assay-native-'));
const copy = join(work, 'better-sqlite3');
// Copy the package without its Node build so nothing of Node's ABI can leak into the result.
const nodeBuild = join(source, 'build');
cpSync(source, copy, { recursive: true, filter: (path) => path !== nodeBuild && !path.startsWith(nodeBuild + sep) });

// npm passes its config to scripts as npm_config_* (this machine's ~/.npmrc sets nodedir=/usr,
// Node's own headers): drop every setting that would make node-gyp build for Node instead.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|build_from_source)$/i.test(key)),
);

function run(label, command, commandArgs) {
  console.log(`\n> ${label}`);
  const result = spawnSync(process.execPath, [command, ...commandArgs], { cwd: copy, env, stdio: 'inherit' });
  return result.status === 0;
}

function fromPrebuilt() {
  const bin = join(root, 'node_modules', 'prebuild-install', 'bin.js');
  if (!existsSync(bin)) return false;
  return run(`prebuild-install: download better-sqlite3 ${sqliteVersion} prebuilt for Electron ${version}`, bin, [
    '--runtime',
    'electron',
    '--target',
    version,
    '--arch',
    arch,
    '--verbose',
  ]);
}

function fromSource() {
  const gyp = join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const headers = headersDir ? [`--nodedir=${headersDir}`] : ['--dist-url=https://electronjs.org/headers'];
  return run(`node-gyp: compile better-sqlite3 ${sqliteVersion} against Electron ${version} headers`, gyp, [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${version}`,
    `--arch=${arch}`,
    ...headers,
  ]);
}

const usePrebuilt = !flag('--from-source') && !headersDir;
const built = (usePrebuilt && fromPrebuilt()) || fromSource();
const output = join(copy, 'build', 'Release', 'better_sqlite3.node');

if (!built || !existsSync(output)) {
  rmSync(work, { recursive: true, force: true });
  console.error(`
Could not build better-sqlite3 for Electron ${version}.

The desktop app loads SQLite through a native module that must match Electron's ABI, which
differs from Node's. Building it needs ONE of:
  - the network, to download a prebuilt binary (github.com/WiseLibs/better-sqlite3 releases)
    or Electron's headers (https://electronjs.org/headers/v${version}/node-v${version}-headers.tar.gz)
    plus python3, make and a C++ compiler;
  - offline: those headers unpacked in a folder, then
      ELECTRON_HEADERS_DIR=/path/to/node_headers node scripts/electron-native.mjs

The CLI and the web host (npm run web) do not need this step.`);
  process.exit(1);
}

mkdirSync(dirname(target), { recursive: true });
copyFileSync(output, target);
writeFileSync(
  join(dirname(target), 'build-info.json'),
  `${JSON.stringify({ electron: version, platform: process.platform, arch, betterSqlite3: sqliteVersion, builtAt: new Date().toISOString() }, null, 2)}\n`,
);
rmSync(work, { recursive: true, force: true });
console.log(`\nbetter-sqlite3 for Electron ${version} → ${target}`);
