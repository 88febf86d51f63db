// Facts the Electron scripts share: where the Electron binary would be — found WITHOUT
// require('electron'), which tries to download it — its version, and where the better-sqlite3
// build for Electron's ABI goes (same rule as electron/native-binding.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const electronDir = join(root, 'node_modules', 'electron');

export function electronVersion() {
  return JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
}

/** The executable inside an unpacked Electron zip (as node_modules/electron/install.js names it). */
function platformExecutable(platform = process.platform) {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return platform === 'win32' ? 'electron.exe' : 'electron';
}

/** { path } of the Electron executable, or { path: null, reason } when it is not installed. */
export function findElectronBinary(env = process.env) {
  if (!existsSync(join(electronDir, 'package.json'))) return { path: null, reason: 'the electron package is not installed (node_modules/electron is missing)' };
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? platformExecutable());
    return existsSync(path) ? { path } : { path: null, reason: `ELECTRON_OVERRIDE_DIST_PATH names ${path}, which does not exist` };
  }
  if (relative === null) return { path: null, reason: 'the Electron binary was never downloaded (node_modules/electron/path.txt is missing)' };
  const path = join(electronDir, 'dist', relative);
  return existsSync(path) ? { path } : { path: null, reason: `${path} does not exist` };
}

/** electron-builder's OS names, so the packaging config can select the folder with ${os}. */
export function builderOs(platform = process.platform) {
  return platform === 'darwin' ? 'mac' : platform === 'win32' ? 'win' : platform;
}

export function nativeBindingFolder(version = electronVersion(), platform = process.platform, arch = process.arch) {
  return join(root, 'build', 'native', `electron-${version}-${builderOs(platform)}-${arch}`);
}

export function nativeBindingFile(version, platform, arch) {
  return join(nativeBindingFolder(version, platform, arch), 'better_sqlite3.node');
}
