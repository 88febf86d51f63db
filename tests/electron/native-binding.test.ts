// The Electron build of better-sqlite3: the app and scripts/electron-native.mjs agree on where it
// lives, and Node's own build in node_modules is never the one the app is pointed at.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bindingFolderName, nativeBindingPath } from '../../electron/native-binding.js';

const root = join(import.meta.dirname, '..', '..');
const electronVersion = (
  JSON.parse(execFileSync(process.execPath, ['-p', 'JSON.stringify(require("./node_modules/electron/package.json"))'], { cwd: root, encoding: 'utf8' })) as {
    version: string;
  }
).version;

describe('native binding location', () => {
  it('matches what scripts/electron-native.mjs builds', () => {
    const printed = execFileSync(process.execPath, [join(root, 'scripts', 'electron-native.mjs'), '--print-path'], { cwd: root, encoding: 'utf8' }).trim();
    expect(nativeBindingPath({ packaged: false, appRoot: root, resourcesPath: '/unused', electronVersion, platform: process.platform, arch: process.arch })).toBe(
      printed,
    );
  });

  it('uses electron-builder OS names, and resources/native when packaged', () => {
    expect(bindingFolderName('45.4.1', 'darwin', 'arm64')).toBe('electron-45.4.1-mac-arm64');
    expect(bindingFolderName('45.4.1', 'win32', 'x64')).toBe('electron-45.4.1-win-x64');
    expect(
      nativeBindingPath({ packaged: true, appRoot: '/unused', resourcesPath: '/opt/Assay/resources', electronVersion: '45.4.1', platform: 'linux', arch: 'x64' }),
    ).toBe('/opt/Assay/resources/native/electron-45.4.1-linux-x64/better_sqlite3.node');
  });

  it('never points at node_modules', () => {
    expect(nativeBindingPath({ packaged: false, appRoot: root, resourcesPath: '', electronVersion, platform: process.platform, arch: process.arch })).not.toContain(
      'node_modules',
    );
  });
});
