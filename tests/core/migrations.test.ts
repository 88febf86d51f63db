// Migrations: step by step with data in between, all pending ones in one transaction, and a
// workspace from a newer version refused without being touched.
import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate, schemaVersion } from '../../db/migrations/index.js';
import type { Migration } from '../../db/migrations/migration.js';
import { openWorkspace } from '../../db/open-workspace.js';
import { openWorkbench } from '../../db/workbench.js';
import { tempDir } from '../support/workspace.js';

describe('migrations', () => {
  it('migrates step by step, keeping data written in between', () => {
    const path = join(tempDir(), 'w.db');
    const db = new Database(path);
    db.pragma('foreign_keys = ON');
    expect(migrate(db, 10)).toBe(10);
    db.prepare(`INSERT INTO document (title, body, language, origin, content_hash, imported_at) VALUES ('T', 'Body text', 'en', 'a.txt', 'h1', 'now')`).run();
    expect(migrate(db, 20)).toBe(20);
    db.prepare(
      `INSERT INTO annotation (id, document_id, start, end, exact, prefix, suffix, created_at, updated_at) VALUES ('a1', 1, 0, 4, 'Body', '', ' text', 'now', 'now')`,
    ).run();
    expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT count(*) FROM annotation').pluck().get()).toBe(1);
    db.close();
  });

  it('uses WAL, foreign keys, STRICT tables and full sync', () => {
    const db = openWorkspace(join(tempDir(), 'w.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(() => db.prepare(`INSERT INTO search_batch (entries) VALUES ('many')`).run()).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('applies all pending migrations in one transaction', () => {
    const db = new Database(join(tempDir(), 'w.db'));
    db.pragma('foreign_keys = ON');
    expect(migrate(db, 10)).toBe(10);
    db.prepare(`INSERT INTO document (title, body, language, origin, content_hash, imported_at) VALUES ('T', 'Body text', 'en', 'a.txt', 'h1', 'now')`).run();
    const schema = (): unknown[] => db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all();
    const before = schema();

    // The real migrations after 10, then one whose second statement fails after its first succeeded.
    const broken: Migration = { version: LATEST_SCHEMA_VERSION + 10, name: 'broken', sql: 'CREATE TABLE x (a TEXT) STRICT; SELECT nonsense(;' };
    expect(() => migrate(db, broken.version, [...MIGRATIONS, broken])).toThrow(/syntax error/);

    // Nothing of 20, 30 or the broken one remains; what was there before is untouched.
    expect(schemaVersion(db)).toBe(10);
    expect(schema()).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM document').pluck().get()).toBe(1);
    // And the file is still good for the real list.
    expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('refuses a workspace written by a newer Assay, leaving it untouched', () => {
    const path = join(tempDir(), 'w.db');
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const before = readFileSync(path);
    expect(() => openWorkbench(path)).toThrow(/newer version of Assay/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a file that is not a workspace', () => {
    const path = join(tempDir(), 'notes.txt');
    // A text file long enough that SQLite reads its header and rejects it.
    writeFileSync(path, 'These are my notes, not a database.\n'.repeat(200));
    expect(() => openWorkbench(path)).toThrow(/not an Assay workspace/);
  });
});
