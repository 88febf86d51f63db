// The web host's --allow holds at the moment each file is read, not only when the request is
// checked: a file swapped for a symbolic link to somewhere else between the check and the read is
// not read. Over real files, real symbolic links and a real workspace.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../api/types.js';
import { confineReads } from '../../db/import/read-confinement.js';
import { readAndParse } from '../../db/import/read-and-parse.js';
import { openWorkbench } from '../../db/workbench.js';
import { confinedDispatch, importPathsCheck, resolveImportRoots } from '../../server/import-roots.js';

const OUTSIDE_REASON = 'not read: the file it names is outside the folders this import may read from (through a symbolic link, or swapped for one)';

let base: string;
let allowed: string;
let outside: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'assay-confinement-'));
  allowed = join(base, 'allowed');
  outside = join(base, 'outside');
  mkdirSync(join(allowed, 'links'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(allowed, 'report.txt'), 'Convoy sighted\n\nA convoy of trucks was sighted near the bridge.\n');
  writeFileSync(join(outside, 'secret.txt'), 'Private diary\n\nThe word zanzibarite appears only here.\n');
  symlinkSync(join(outside, 'secret.txt'), join(allowed, 'links', 'escape.txt'));
  symlinkSync(outside, join(allowed, 'links', 'escape-folder'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('reading a file inside confineReads', () => {
  it('reads a file under the roots', async () => {
    const outcome = await confineReads(resolveImportRoots([allowed]), () => readAndParse(join(allowed, 'report.txt')));
    expect(outcome.ok && outcome.documents[0]?.title).toBe('Convoy sighted');
  });

  it('does not read a file whose link, or whose folder’s link, leads outside the roots', async () => {
    for (const path of [join(allowed, 'links', 'escape.txt'), join(allowed, 'links', 'escape-folder', 'secret.txt'), join(outside, 'secret.txt')]) {
      expect(await confineReads(resolveImportRoots([allowed]), () => readAndParse(path))).toEqual({ ok: false, reason: OUTSIDE_REASON });
    }
  });

  it('reads nothing with no roots, and follows links as before outside confineReads (the CLI, the desktop app)', async () => {
    expect(await confineReads([], () => readAndParse(join(allowed, 'report.txt')))).toEqual({ ok: false, reason: OUTSIDE_REASON });
    const outcome = await readAndParse(join(allowed, 'links', 'escape.txt'));
    expect(outcome.ok && outcome.documents[0]?.title).toBe('Private diary');
  });

  it('refuses a named pipe at once instead of waiting for a writer', async (context) => {
    const fifo = join(allowed, 'pipe.txt');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return context.skip();
    try {
      expect(await confineReads(resolveImportRoots([allowed]), () => readAndParse(fifo))).toEqual({ ok: false, reason: 'not a regular file (a device, pipe or socket)' });
    } finally {
      rmSync(fifo);
    }
  });
});

describe('the web host’s importPaths', () => {
  it('does not read a file swapped for a link to outside after the --allow check passed it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assay-confinement-ws-'));
    const workbench = openWorkbench(join(dir, 'workspace.assay.db'));
    try {
      const roots = resolveImportRoots([allowed]);
      const swapped = join(allowed, 'swapped.txt');
      writeFileSync(swapped, 'Harmless\n\nNothing to see.\n');
      // The request is checked while the name is a plain file inside the allowed folder…
      expect(importPathsCheck(roots)({ paths: [swapped] })).toBeNull();
      // …then, before the import reads it, the file becomes a link to a file outside.
      rmSync(swapped);
      symlinkSync(join(outside, 'secret.txt'), swapped);
      const result = await confinedDispatch(roots, workbench.dispatch)('importPaths', { paths: [swapped] }, () => undefined);
      expect(result).toEqual({ ok: true, value: { added: [], duplicates: [], failed: [{ origin: swapped, reason: OUTSIDE_REASON }] } satisfies ImportReport });
      expect((await workbench.search({ query: 'zanzibarite' })).hits).toEqual([]);
      // Other methods are not confined: an upload still imports.
      const upload = await confinedDispatch(roots, workbench.dispatch)(
        'importFiles',
        { files: [{ name: 'up.txt', content: Buffer.from('Upload\n\nfine').toString('base64') }] },
        () => undefined,
      );
      expect(upload.ok && (upload.value as ImportReport).added).toHaveLength(1);
    } finally {
      workbench.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
