// Expanding files and folders: sorted, hidden names skipped, symlink loops cut, errors reported.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { walkPaths } from '../../db/import/walk-paths.js';

describe('walkPaths', () => {
  let root = '';
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'assay-walk-'));
    mkdirSync(join(root, 'b-folder'));
    mkdirSync(join(root, '.hidden-folder'));
    writeFileSync(join(root, 'b-folder', 'z.txt'), 'z');
    writeFileSync(join(root, 'b-folder', 'a.md'), 'a');
    writeFileSync(join(root, 'a.txt'), 'a');
    writeFileSync(join(root, 'photo.jpg'), 'jpg');
    writeFileSync(join(root, '.DS_Store'), 'junk');
    writeFileSync(join(root, '.hidden-folder', 'secret.txt'), 'secret');
    // A link back to the parent: following it naively never ends.
    symlinkSync(root, join(root, 'b-folder', 'loop'));
    symlinkSync(join(root, 'a.txt'), join(root, 'c-link.txt'));
    symlinkSync(join(root, 'gone.txt'), join(root, 'd-broken.txt'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lists every file once, sorted, following links without looping', () => {
    expect(walkPaths([root])).toEqual([
      { path: join(root, 'a.txt') },
      { path: join(root, 'b-folder', 'a.md') },
      { path: join(root, 'b-folder', 'z.txt') },
      { path: join(root, 'd-broken.txt'), error: 'broken link (its target does not exist)' },
      { path: join(root, 'photo.jpg') },
    ]);
  });

  it('keeps the order of named paths and reports missing ones', () => {
    expect(walkPaths([join(root, 'b-folder', 'z.txt'), join(root, 'nope'), join(root, 'a.txt')])).toEqual([
      { path: join(root, 'b-folder', 'z.txt') },
      { path: join(root, 'nope'), error: 'no such file or folder' },
      { path: join(root, 'a.txt') },
    ]);
  });

  it('imports a hidden file when it is named explicitly', () => {
    expect(walkPaths([join(root, '.hidden-folder', 'secret.txt')])).toEqual([{ path: join(root, '.hidden-folder', 'secret.txt') }]);
  });

  it('reports a named folder with nothing to import', () => {
    const empty = join(root, '.hidden-folder', 'empty');
    mkdirSync(empty);
    expect(walkPaths([empty])).toEqual([{ path: empty, error: 'folder holds no files to import' }]);
  });

  it('terminates on a folder that links to itself', () => {
    const self = mkdtempSync(join(tmpdir(), 'assay-self-'));
    try {
      writeFileSync(join(self, 'only.txt'), 'x');
      symlinkSync(self, join(self, 'me'));
      symlinkSync(join(self, 'me'), join(self, 'me-too'));
      expect(walkPaths([self, join(self, 'me')])).toEqual([{ path: join(self, 'only.txt') }]);
    } finally {
      rmSync(self, { recursive: true, force: true });
    }
  });
});
