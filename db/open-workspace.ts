// Opens (creating if needed) a workspace file: pragmas for durability, then pending migrations.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { WorkbenchError } from '../api/result.js';
import { migrate, refuseNewerSchema } from './migrations/index.js';
import { BUSY_TIMEOUT_MS, translateLockError } from './workspace-lock.js';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for this runtime (Electron passes its own build). */
  nativeBinding?: string;
  /** How long a write waits for another process's write (default BUSY_TIMEOUT_MS); tests shorten it. */
  busyTimeoutMs?: number;
}

function connect(path: string, options: OpenOptions, readonly = false): Db {
  const nativeBinding = options.nativeBinding ?? process.env.ASSAY_SQLITE_BINDING;
  const db = new Database(path, { ...(nativeBinding ? { nativeBinding } : {}), ...(readonly ? { readonly, fileMustExist: true } : {}) });
  // First of all: even reading the header can meet another process's lock.
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? BUSY_TIMEOUT_MS))}`);
  return db;
}

/** A second, read-only connection to an open workspace (see workspace-watch.ts). */
export function openReader(path: string, options: OpenOptions = {}): Db {
  return connect(path, options, true);
}

export function openWorkspace(path: string, options: OpenOptions = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    db = connect(path, options);
  } catch (error) {
    throw new WorkbenchError('workspace', `Cannot open workspace ${path}: ${(error as Error).message}`, 'workspace');
  }
  try {
    // Before any pragma could rewrite its header.
    refuseNewerSchema(db);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // A saved note must survive a power cut: every commit is synced (bulk imports relax this).
    db.pragma('synchronous = FULL');
    migrate(db);
  } catch (error) {
    db.close();
    const known = translateLockError(error);
    if (known instanceof WorkbenchError) throw known;
    const message = (error as Error).message;
    if (/not a database|file is encrypted/i.test(message)) {
      throw new WorkbenchError('workspace', `${path} is not an Assay workspace (not a SQLite database)`, 'workspace');
    }
    throw new WorkbenchError('workspace', `Cannot open workspace ${path}: ${message}`, 'workspace');
  }
  return db;
}

/** Runs `work` with commits synced less eagerly: for bulk imports that can simply be re-run. */
export function withRelaxedSync<T>(db: Db, work: () => T): T {
  db.pragma('synchronous = NORMAL');
  try {
    return work();
  } finally {
    db.pragma('synchronous = FULL');
  }
}

export function nowIso(): string {
  return new Date().toISOString();
}
