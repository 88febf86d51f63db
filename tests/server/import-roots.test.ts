// importPaths over the web host reads only inside the folders `assay serve --allow` named, judged
// by real path: a symbolic link, a link inside an allowed folder, or `..` cannot lead outside.
// Without --allow it is refused outright; uploads (importFiles) and the sample still work.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../api/types.js';
import type { Result } from '../../api/result.js';
import { startWebHost } from '../../server/web-host.js';
import { json, startTestHost, type TestHost } from './helpers.js';

let base: string;
let allowed: string;
let outside: string;
let host: TestHost;
let closed: TestHost;

const UPLOAD_HINT = 'or use Import in the browser, which uploads the files instead';

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'assay-import-roots-'));
  allowed = join(base, 'allowed');
  outside = join(base, 'outside');
  mkdirSync(join(allowed, 'clean', 'sub'), { recursive: true });
  mkdirSync(join(allowed, 'links'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(allowed, 'clean', 'report.txt'), 'Convoy sighted\n\nA convoy of trucks was sighted near the bridge.\n');
  writeFileSync(join(allowed, 'clean', 'sub', 'note.txt'), 'Ferry schedule\n\nThe ferry runs twice a day.\n');
  writeFileSync(join(outside, 'secret.txt'), 'Private diary\n\nThe word zanzibarite appears only here.\n');
  symlinkSync(join(outside, 'secret.txt'), join(allowed, 'links', 'escape.txt'));
  symlinkSync(outside, join(allowed, 'links', 'escape-folder'));
  host = await startTestHost({ importRoots: [allowed] });
  closed = await startTestHost({ importRoots: [] });
});

afterAll(async () => {
  await host.cleanup();
  await closed.cleanup();
  rmSync(base, { recursive: true, force: true });
});

async function importPaths(target: TestHost, paths: string[]): Promise<{ status: number; body: Result<ImportReport> }> {
  const response = await target.post('importPaths', { paths });
  return { status: response.status, body: await json<Result<ImportReport>>(response) };
}

function refusedFor(path: string): Result<never> {
  return {
    ok: false,
    error: {
      code: 'bad-input',
      message: `Import refused for ${path}: assay serve was started without --allow for its folder — restart it with --allow FOLDER, ${UPLOAD_HINT}`,
    },
  };
}

describe('importPaths over the web host', () => {
  it('imports files and folders under an allowed folder', async () => {
    const { status, body } = await importPaths(host, [join(allowed, 'clean')]);
    expect(status).toBe(200);
    expect(body.ok && body.value.added.map((added) => added.title).sort()).toEqual(['Convoy sighted', 'Ferry schedule']);
  });

  it('refuses a path outside every allowed folder, directly, by symbolic link or by ..', async () => {
    for (const path of [
      join(outside, 'secret.txt'),
      join(allowed, 'links', 'escape.txt'),
      join(allowed, 'links', 'escape-folder'),
      join(allowed, 'clean', '..', '..', 'outside', 'secret.txt'),
      join(outside, 'no-such-file.txt'),
      '/etc/passwd',
    ]) {
      const { status, body } = await importPaths(host, [join(allowed, 'clean', 'report.txt'), path]);
      expect(status, path).toBe(403);
      expect(body).toEqual(refusedFor(path));
    }
  });

  it('refuses a folder that holds a link leading outside, naming the link', async () => {
    const { status, body } = await importPaths(host, [allowed]);
    expect(status).toBe(403);
    expect(body).toEqual(refusedFor(join(allowed, 'links', 'escape-folder', 'secret.txt')));
    expect((await host.client.search({ query: 'zanzibarite' })).total).toBe(0);
  });

  it('lets the core report a missing file inside an allowed folder', async () => {
    const { status, body } = await importPaths(host, [join(allowed, 'clean', 'missing.txt')]);
    expect(status).toBe(200);
    expect(body.ok && body.value.failed.map((failure) => failure.reason)).toEqual(['no such file or folder']);
  });

  it('is refused outright when the host was started without --allow; uploads still work', async () => {
    const { status, body } = await importPaths(closed, [join(closed.dir, 'anything.txt')]);
    expect(status).toBe(403);
    expect(body).toEqual({
      ok: false,
      error: { code: 'bad-input', message: `Import from paths is off: assay serve was started without --allow — restart it with --allow FOLDER, ${UPLOAD_HINT}` },
    });
    const upload = await closed.client.importFiles({
      files: [{ name: 'upload.txt', content: Buffer.from('Grain harvest forecast raised\n\nFarmers expect a record harvest.\n').toString('base64') }],
    });
    expect(upload.added.map((added) => added.title)).toEqual(['Grain harvest forecast raised']);
  });

  it('will not start with an allowed folder that does not exist', async () => {
    await expect(startWebHost({ workspacePath: join(base, 'never.assay.db'), port: 0, importRoots: [join(base, 'nowhere')] })).rejects.toThrow(
      /does not exist: .*nowhere/,
    );
  });
});
