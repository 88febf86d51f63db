// The ordered list of migrations and the runner that applies the pending ones in one transaction.
import type Database from 'better-sqlite3';
import { WorkbenchError } from '../../api/result.js';
import type { Migration } from './migration.js';
import { migration0010 } from './0010-documents.js';
import { migration0020 } from './0020-annotations.js';
import { migration0030 } from './0030-search-index.js';
import { migration0040 } from './0040-document-structure.js';
import { migration0050 } from './0050-document-details.js';
import { migration0060 } from './0060-hypotheses.js';
import { migration0080 } from './0080-search-postings.js';
import { migration0070 } from './0070-copies.js';
import { migration0090 } from './0090-document-browser.js';
import { migration0100 } from './0100-undo.js';
import { migration0110 } from './0110-postings-by-batch.js';
import { migration0120 } from './0120-copies-pending.js';

export const MIGRATIONS: readonly Migration[] = [
  migration0010,
  migration0020,
  migration0030,
  migration0040,
  migration0050,
  migration0060,
  migration0070,
  migration0080,
  migration0090,
  migration0100,
  migration0110,
  migration0120,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses a file written by a newer Assay, before anything could change it. */
export function refuseNewerSchema(db: Database.Database): void {
  const current = schemaVersion(db);
  if (current > LATEST_SCHEMA_VERSION) {
    throw new WorkbenchError(
      'workspace',
      `This workspace was written by a newer version of Assay (schema ${current}; this version knows up to ${LATEST_SCHEMA_VERSION}). Update Assay to open it; the file was left untouched.`,
      'workspace',
    );
  }
}

/**
 * Brings the schema up to `target` (default: the latest). All pending migrations run in one
 * transaction: either the file ends fully migrated or exactly as it was. `migrations` is the shipped
 * list; a test passes its own to prove that a failure part-way leaves nothing behind.
 */
export function migrate(db: Database.Database, target = LATEST_SCHEMA_VERSION, migrations: readonly Migration[] = MIGRATIONS): number {
  refuseNewerSchema(db);
  const current = schemaVersion(db);
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return current;
  db.transaction(() => {
    // Another process opening the same new file may have migrated it while this one waited.
    const now = schemaVersion(db);
    for (const migration of pending) {
      if (migration.version <= now) continue;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
  return schemaVersion(db);
}
