// Other processes on one workspace, for the tests of sharing it: a process that holds the write
// lock, the real CLI run without blocking this one, and folders of many small files to import.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../cli/helpers.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Takes the write lock as another Assay (or a sqlite3 shell) would, and gives it back on request or after `forMs`. */
const HOLDER = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.exec('BEGIN IMMEDIATE');
const release = () => { db.exec('COMMIT'); db.close(); process.exit(0); };
process.stdin.on('data', release);
process.stdin.on('end', release);
const forMs = Number(process.argv[2]);
if (forMs > 0) setTimeout(release, forMs);
process.stdout.write('locked\\n');
`;

export interface LockHolder {
  /** Commits and waits for the holder to exit. */
  release(): Promise<void>;
  /** Resolves when the holder has exited (by itself after `forMs`, or after release()). */
  exited: Promise<void>;
}

/** Starts a process holding the workspace's write lock; resolves once it holds it. */
export async function holdWriteLock(dbPath: string, forMs = 0): Promise<LockHolder> {
  const child = spawn(process.execPath, ['-e', HOLDER, dbPath, String(forMs)], { cwd: REPO, stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  await new Promise<void>((locked, failed) => {
    child.stdout.once('data', () => locked());
    child.once('exit', (code) => failed(new Error(`the lock holder stopped before locking (exit ${code})`)));
  });
  return {
    exited,
    async release() {
      if (child.exitCode === null) child.stdin.end('release\n');
      await exited;
    },
  };
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `assay` in a child process without blocking this one (several can run at once). */
export function runCli(args: string[]): Promise<CliRun> {
  const child = spawn(process.execPath, [buildCli(), ...args], { cwd: REPO, env: { ...process.env, NO_COLOR: '1', ASSAY_DEBUG: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((done, failed) => {
    child.once('error', failed);
    child.once('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

const WORDS = ['bridge', 'river', 'convoy', 'harvest', 'grain', 'port', 'supply', 'engineers', 'village', 'market', 'radio', 'border'];

/**
 * Writes `count` small text files into `dir`, each with a word found in no other file
 * (`<prefix>token<i>`), so a search can tell which import stored it.
 */
export function writeTextFiles(dir: string, prefix: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const word = (k: number): string => WORDS[(i * 7 + k * 5) % WORDS.length] as string;
    const body = `${prefix} report ${i}\n\nThe ${word(1)} near the ${word(2)} was seen by ${prefix}token${i} on day ${i}. Officials said the ${word(3)} was ${word(4)}.\n`;
    writeFileSync(join(dir, `${prefix}-${String(i).padStart(5, '0')}.txt`), body);
  }
}
