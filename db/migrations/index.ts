// The ordered list of migrations and the runner that applies the pending ones in one transaction.
import type Database from 'better-sqlite3';
import { WorkbenchError } from '../../api/result.js';
import type { Migration } from './migration.js';
import { migration0010 } from './0010-documents.js';
import { migration0020 } from './0020-annotations.js';
import { migration0030 } from './0030-search-index.js';

export const MIGRATIONS: readonly Migration[] = [migration0010, migration0020, migration0030];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to `target` (default: the latest). All pending migrations run in one
 * transaction: either the file ends fully migrated or exactly as it was.
 */
/** Refuses a file written by a newer Assay, before anything could change it. */
export function refuseNewerSchema(db: Database.Database): void {
  const current = schemaVersion(db);
  if (current > LATEST_SCHEMA_VERSION) {
    throw new WorkbenchError(
      'workspace',
      `This workspace was written by a newer version of Assay (schema ${current}; this version knows up to ${LATEST_SCHEMA_VERSION}). Update Assay to open it; the file was left untouched.`,
    );
  }
}

export function migrate(db: Database.Database, target = LATEST_SCHEMA_VERSION): number {
  refuseNewerSchema(db);
  const current = schemaVersion(db);
  const pending = MIGRATIONS.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
  return schemaVersion(db);
}
