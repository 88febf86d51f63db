// Opens (creating if needed) a workspace file: pragmas for durability, then pending migrations.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { WorkbenchError } from '../api/result.js';
import { migrate, refuseNewerSchema } from './migrations/index.js';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for this runtime (Electron passes its own build). */
  nativeBinding?: string;
}

export function openWorkspace(path: string, options: OpenOptions = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    const nativeBinding = options.nativeBinding ?? process.env.ASSAY_SQLITE_BINDING;
    db = new Database(path, nativeBinding ? { nativeBinding } : {});
  } catch (error) {
    throw new WorkbenchError('workspace', `Cannot open workspace ${path}: ${(error as Error).message}`);
  }
  try {
    // Before any pragma could rewrite its header.
    refuseNewerSchema(db);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // A saved note must survive a power cut: every commit is synced (bulk imports relax this).
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    migrate(db);
  } catch (error) {
    db.close();
    if (error instanceof WorkbenchError) throw error;
    const message = (error as Error).message;
    if (/not a database|file is encrypted/i.test(message)) {
      throw new WorkbenchError('workspace', `${path} is not an Assay workspace (not a SQLite database). Choose another file with --db.`);
    }
    throw new WorkbenchError('workspace', `Cannot open workspace ${path}: ${message}`);
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
