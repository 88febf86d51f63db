// Finds the Electron executable the way scripts/electron-paths.mjs does — never through
// require('electron'), which starts a download when the binary is absent (offline installs).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..', '..');

export interface ElectronBinary {
  path: string | null;
  reason: string;
}

function platformExecutable(): string {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return process.platform === 'win32' ? 'electron.exe' : 'electron';
}

export function findElectronBinary(env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const dir = join(repoRoot, 'node_modules', 'electron');
  if (!existsSync(join(dir, 'package.json'))) return { path: null, reason: 'node_modules/electron is missing' };
  const pathFile = join(dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? platformExecutable());
    return existsSync(path) ? { path, reason: '' } : { path: null, reason: `ELECTRON_OVERRIDE_DIST_PATH names ${path}, which does not exist` };
  }
  if (relative === null) return { path: null, reason: 'node_modules/electron/path.txt is missing, the binary was never downloaded' };
  const path = join(dir, 'dist', relative);
  return existsSync(path) ? { path, reason: '' } : { path: null, reason: `${path} does not exist` };
}
