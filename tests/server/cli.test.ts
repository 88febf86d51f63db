// `assay serve` through the real binary: the first stdout line is the private URL, the API
// answers with that token, SIGTERM stops it cleanly, and every launch has a new token.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../api/transport.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const URL_LINE = /^http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]{20,})$/;

let buildDir: string;
let main: string;
let dir: string;
const children: ChildProcess[] = [];

beforeAll(() => {
  // A private build (same tsconfig, own folder under dist/) so other suites building dist/ cannot
  // swap files under the running server; the package root is still found by walking up.
  mkdirSync(join(REPO, 'dist'), { recursive: true });
  buildDir = mkdtempSync(join(REPO, 'dist', '.server-test-'));
  const tsc = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
  spawnSync(process.execPath, [tsc, '-p', join(REPO, 'tsconfig.build.json'), '--outDir', buildDir], { cwd: REPO, stdio: 'ignore' });
  main = join(buildDir, 'cli', 'main.js');
  if (!existsSync(main)) throw new Error(`the build produced no ${main}`);
  dir = mkdtempSync(join(tmpdir(), 'assay-serve-cli-'));
});

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(buildDir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

interface Launch {
  child: ChildProcess;
  firstLine: Promise<string>;
  exit: Promise<{ code: number | null; stderr: string }>;
}

function launch(args: string[]): Launch {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: dir, XDG_CONFIG_HOME: join(dir, '.config') };
  delete env.ASSAY_DB;
  const child = spawn(process.execPath, [main, 'serve', '--db', join(dir, 'serve.assay.db'), '--no-open', ...args], { env, cwd: dir });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exit = new Promise<{ code: number | null; stderr: string }>((done) => child.on('close', (code) => done({ code, stderr })));
  const firstLine = new Promise<string>((done, fail) => {
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const end = stdout.indexOf('\n');
      if (end >= 0) done(stdout.slice(0, end));
    });
    void exit.then(({ code }) => fail(new Error(`serve exited (${code}) before printing a line: ${stderr}`)));
  });
  firstLine.catch(() => undefined); // awaited only by the tests that expect a line
  return { child, firstLine, exit };
}

async function urlOf(run: Launch): Promise<{ port: number; token: string; line: string }> {
  const line = await run.firstLine;
  const match = URL_LINE.exec(line);
  expect(line).toMatch(URL_LINE);
  return { port: Number(match?.[1]), token: match?.[2] ?? '', line };
}

describe('assay serve', () => {
  it('prints the URL first, answers the API with its token, and stops on SIGTERM', async () => {
    const run = launch(['--port', '0']);
    const { port, token, line } = await urlOf(run);
    const page = await fetch(line);
    expect([200, 503]).toContain(page.status); // 503 until the renderer has been built
    const call = (withToken: string): Promise<Response> =>
      fetch(`http://127.0.0.1:${port}/api/getWorkspaceInfo`, { method: 'POST', headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: withToken }, body: '{}' });
    const answer = await call(token);
    expect(await answer.json()).toMatchObject({ ok: true, value: { path: join(dir, 'serve.assay.db'), documentCount: 0 } });
    expect((await call('not-the-token')).status).toBe(401);
    run.child.kill('SIGTERM');
    const { code, stderr } = await run.exit;
    expect(code).toBe(0);
    expect(stderr).toContain('Stopping');
  });

  it('makes a new token at every launch, and refuses a port already taken', async () => {
    const first = launch(['--port', '0']);
    const second = launch(['--port', '0']);
    const [a, b] = await Promise.all([urlOf(first), urlOf(second)]);
    expect(a.token).not.toBe(b.token);
    expect(a.port).not.toBe(b.port);
    const clash = launch(['--port', String(a.port)]);
    const clashed = await clash.exit;
    expect(clashed.code).toBe(1);
    expect(clashed.stderr).toMatch(/^assay: port \d+ is already in use.*\n$/);
    first.child.kill('SIGINT');
    second.child.kill('SIGTERM');
    expect((await first.exit).code).toBe(0);
    expect((await second.exit).code).toBe(0);
  });

  it('imports by path over HTTP only from the folders named with --allow', async () => {
    const cases = join(dir, 'cases');
    mkdirSync(cases, { recursive: true });
    writeFileSync(join(cases, 'report.txt'), 'Convoy sighted near the bridge\n\nA convoy of trucks was sighted.\n');
    writeFileSync(join(dir, 'private.txt'), 'Private diary entry for today\n\nNot for import.\n');
    const run = launch(['--port', '0', '--allow', cases]);
    const { port, token } = await urlOf(run);
    const importPaths = async (path: string): Promise<{ status: number; body: unknown }> => {
      const response = await fetch(`http://127.0.0.1:${port}/api/importPaths`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify({ paths: [path] }),
      });
      return { status: response.status, body: await response.json() };
    };
    expect(await importPaths(join(cases, 'report.txt'))).toMatchObject({
      status: 200,
      body: { ok: true, value: { added: [{ title: 'Convoy sighted near the bridge' }] } },
    });
    expect(await importPaths(join(dir, 'private.txt'))).toMatchObject({
      status: 403,
      body: { ok: false, error: { code: 'bad-input', message: expect.stringContaining('--allow') } },
    });
    run.child.kill('SIGTERM');
    expect((await run.exit).code).toBe(0);
  });

  it('refuses --allow with a folder that does not exist', async () => {
    const run = launch(['--port', '0', '--allow', join(dir, 'nowhere')]);
    const { code, stderr } = await run.exit;
    expect(code).toBe(1);
    expect(stderr).toContain(`--allow needs an existing folder, and '${join(dir, 'nowhere')}' is not one.`);
  });

  it('refuses a port that is not a number', async () => {
    const run = launch(['--port', 'eighty']);
    const { code, stderr } = await run.exit;
    expect(code).toBe(1);
    expect(stderr).toContain('--port must be a number');
  });
});
