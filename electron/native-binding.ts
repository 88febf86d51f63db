// Where the better-sqlite3 binary built for Electron's ABI lives: build/native/ in a checkout
// (made by scripts/electron-native.mjs), resources/native/ in a packaged app. Node keeps its own
// build in node_modules for the CLI and tests; the two never overwrite each other.
import { join } from 'node:path';

export const BINDING_FILE = 'better_sqlite3.node';

/** electron-builder's OS names, so the packaging config can pick the folder with ${os}. */
export function builderOs(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'mac';
  if (platform === 'win32') return 'win';
  return platform;
}

/** e.g. electron-45.4.1-linux-x64 */
export function bindingFolderName(electronVersion: string, platform: NodeJS.Platform, arch: string): string {
  return `electron-${electronVersion}-${builderOs(platform)}-${arch}`;
}

export interface BindingLocation {
  packaged: boolean;
  /** The checkout's root (holds package.json); used when not packaged. */
  appRoot: string;
  /** process.resourcesPath; used when packaged. */
  resourcesPath: string;
  electronVersion: string;
  platform: NodeJS.Platform;
  arch: string;
}

export function nativeBindingPath(at: BindingLocation): string {
  const folder = bindingFolderName(at.electronVersion, at.platform, at.arch);
  return at.packaged ? join(at.resourcesPath, 'native', folder, BINDING_FILE) : join(at.appRoot, 'build', 'native', folder, BINDING_FILE);
}
