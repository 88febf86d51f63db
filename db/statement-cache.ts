// Prepared statements kept per connection for the writes an import repeats for every document:
// preparing costs more than running them (about 150 µs for an insert into a table with triggers,
// against a few µs to run it). SQLite re-prepares a kept statement itself if the schema changes.
import type { Statement } from 'better-sqlite3';
import type { Db } from './open-workspace.js';

const kept = new WeakMap<Db, Map<string, Statement>>();

/** `db.prepare(sql)`, prepared once per connection. Callers set pluck or raw mode on every use. */
export function cachedStatement(db: Db, sql: string): Statement {
  let statements = kept.get(db);
  if (!statements) kept.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement;
}
