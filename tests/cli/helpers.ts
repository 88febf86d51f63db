// Runs the real `assay` binary in a child process against throwaway workspaces. The CLI is
// compiled once per test run into its own folder under dist/, so concurrent builds of dist/
// by other suites cannot swap files under a running test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUILDS = join(REPO, 'dist', '.cli-test');
const SOURCES = ['api', 'db', 'cli'];

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

let built: string | undefined;

/**
 * Compiles api/, db/ and cli/ once for this vitest run (test files in parallel workers share the
 * parent pid) and returns the path of the compiled main.js. The folder is named after the run and
 * the newest source, so a rebuild after an edit never rewrites files a running test is loading.
 * Type errors elsewhere do not stop tsc emitting, so a half-finished file does not block these tests.
 */
export function buildCli(): string {
  if (built) return built;
  const newest = Math.max(...SOURCES.map((s) => newestSource(join(REPO, s))));
  const outDir = join(BUILDS, `${process.ppid}-${Math.floor(newest)}`);
  const stamp = join(outDir, '.built');
  const main = join(outDir, 'cli', 'main.js');
  if (existsSync(stamp)) return (built = main);
  mkdirSync(BUILDS, { recursive: true });
  const lock = `${outDir}.lock`;
  try {
    mkdirSync(lock);
  } catch {
    for (let waited = 0; !existsSync(stamp) && waited < 120_000; waited += 200) sleep(200);
    if (existsSync(stamp)) return (built = main);
    throw new Error(`timed out waiting for another worker to build the CLI (remove ${lock} if stale)`);
  }
  try {
    for (const old of readdirSync(BUILDS)) {
      const path = join(BUILDS, old);
      if (path !== outDir && path !== lock && Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { recursive: true, force: true });
    }
    const tsc = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
    spawnSync(process.execPath, [tsc, '-p', join(REPO, 'tsconfig.build.json'), '--outDir', outDir], { cwd: REPO, stdio: 'ignore' });
    if (!existsSync(main)) throw new Error(`building the CLI produced no ${main}`);
    writeFileSync(stamp, new Date().toISOString());
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return (built = main);
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string>;
  input?: string;
  cwd?: string;
}

/** Runs `assay ...args`; ASSAY_DB is unset and HOME points at a temp dir unless `env` says otherwise. */
export function assay(args: string[], options: RunOptions = {}): RunResult {
  const cliPath = buildCli();
  const home = mkdtempSync(join(tmpdir(), 'assay-cli-home-'));
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), NO_COLOR: '1' };
  delete env.ASSAY_DB;
  delete env.ASSAY_DEBUG;
  Object.assign(env, options.env);
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    env,
    cwd: options.cwd ?? home,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  rmSync(home, { recursive: true, force: true });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Parses stdout as JSON, failing with the run's stderr in view when it is not. */
export function json<T>(result: RunResult): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON (exit ${result.code}):\n${result.stdout}\nstderr:\n${result.stderr}`);
  }
}

/** One line on stderr and no stack trace: what an analyst should see for a mistake. */
export function isOneLineError(stderr: string): boolean {
  const lines = stderr.split('\n').filter((l) => l.trim() !== '');
  return lines.length === 1 && !/^\s+at /m.test(stderr) && lines[0]?.startsWith('assay: ') === true;
}

export const FIXTURES = {
  'bridge.txt':
    'Bridge at Kherson damaged\n\nThe Antonivskyi bridge was struck again overnight, officials said. Supply lines across the river are under pressure.\n\nRepair crews were seen at the site on Tuesday. The bridge remains closed to heavy traffic while engineers assess the damage.\n',
  'harvest.txt':
    'Grain harvest forecast raised\n\nFarmers expect a record grain harvest this year despite a dry spring. Exports through the port of Odesa resumed last month, traders said.\n',
  'army-ru.txt':
    'Армия получила новое снабжение\n\nАрмия получила новое снабжение на прошлой неделе, сообщили местные жители. Колонна грузовиков прибыла ночью, а мост через реку был восстановлен. Военные не комментируют эти сообщения.\n',
} as const;

export type FixtureName = keyof typeof FIXTURES;

export interface Workspace {
  dir: string;
  db: string;
  /** Writes the named fixtures (all by default) into the temp dir and returns their paths. */
  write(names?: FixtureName[]): string[];
  /** `assay ...args --db <this workspace>`. */
  run(args: string[], options?: RunOptions): RunResult;
  cleanup(): void;
}

export function workspace(): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'assay-cli-'));
  const db = join(dir, 'test.assay.db');
  return {
    dir,
    db,
    write(names = Object.keys(FIXTURES) as FixtureName[]) {
      return names.map((name) => {
        const path = join(dir, name);
        writeFileSync(path, FIXTURES[name]);
        return path;
      });
    },
    run: (args, options) => assay([...args, '--db', db], options),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
