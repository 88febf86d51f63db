// Migration 100: undo. An undoable action runs as a change set; while it runs (a row in
// undo_recording, inside its own transaction, so no other connection ever sees it) triggers log
// every row it inserts, updates or deletes — cascades included — as a before- and an after-image
// in JSON (SQLite's undo/redo technique, https://www.sqlite.org/undoredo.html, with images instead
// of SQL text). db/undo/ replays them backwards. The search index and the append-only histories are
// not logged: an undo re-indexes what it restores and appends to the histories instead.
import type { Migration } from './migration.js';

interface LoggedTable {
  name: string;
  key: string[];
  columns: string[];
  /** Large columns an update never changes, left out of update images. */
  fixed?: string[];
}

// Frozen with this migration: the columns as they stand at schema 90.
const TABLES: LoggedTable[] = [
  {
    name: 'document',
    key: ['id'],
    columns: [
      'id',
      'title',
      'body',
      'source',
      'author',
      'url',
      'published_at',
      'language',
      'origin',
      'content_hash',
      'imported_at',
      'meta',
      'structure',
      'parent_id',
      'note',
    ],
    fixed: ['body', 'structure'],
  },
  { name: 'tag', key: ['id'], columns: ['id', 'name', 'color', 'created_at'] },
  {
    name: 'annotation',
    key: ['id'],
    columns: [
      'id',
      'document_id',
      'start',
      'end',
      'exact',
      'prefix',
      'suffix',
      'note',
      'reliability',
      'credibility',
      'probability',
      'confidence',
      'created_at',
      'updated_at',
    ],
  },
  { name: 'annotation_tag', key: ['annotation_id', 'tag_id'], columns: ['annotation_id', 'tag_id'] },
  { name: 'document_tag', key: ['document_id', 'tag_id'], columns: ['document_id', 'tag_id'] },
  {
    name: 'rating',
    key: ['annotation_id', 'hypothesis_id', 'rater'],
    columns: ['annotation_id', 'hypothesis_id', 'rater', 'consistency', 'relevance', 'reason', 'updated_at'],
  },
  { name: 'claim_link', key: ['first_id', 'second_id'], columns: ['first_id', 'second_id', 'created_at'] },
  { name: 'copy_fingerprint', key: ['hash', 'document_id'], columns: ['hash', 'document_id'] },
  {
    name: 'copy_passage',
    key: ['id'],
    columns: ['id', 'copy_id', 'copy_start', 'copy_end', 'origin_id', 'origin_start', 'origin_end', 'words', 'similarity', 'found_at'],
  },
];

function image(row: 'NEW' | 'OLD', columns: string[]): string {
  return `json_object(${columns.map((column) => `'${column}', ${row}."${column}"`).join(', ')})`;
}

function triggersOf(table: LoggedTable): string {
  const log = (event: string, row: 'NEW' | 'OLD', before: string, after: string): string => `
    CREATE TRIGGER undo_log_${table.name}_${event.toLowerCase()} AFTER ${event} ON "${table.name}" WHEN EXISTS (SELECT 1 FROM undo_recording)
      BEGIN
        INSERT INTO change_step (change_id, tbl, row_key, before, after)
          VALUES ((SELECT change_id FROM undo_recording), '${table.name}', ${image(row, table.key)}, ${before}, ${after});
      END;`;
  const updated = table.columns.filter((column) => !(table.fixed ?? []).includes(column));
  return [
    log('INSERT', 'NEW', 'NULL', image('NEW', table.columns)),
    log('DELETE', 'OLD', image('OLD', table.columns), 'NULL'),
    log('UPDATE', 'NEW', image('OLD', updated), image('NEW', updated)),
  ].join('');
}

export const migration0100: Migration = {
  version: 100,
  name: 'undo',
  sql: `
    CREATE TABLE change_set (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      kind TEXT NOT NULL,
      label TEXT NOT NULL,
      undone_at TEXT
    ) STRICT;

    CREATE TABLE change_step (
      id INTEGER PRIMARY KEY,
      change_id INTEGER NOT NULL REFERENCES change_set(id) ON DELETE CASCADE,
      tbl TEXT NOT NULL,
      row_key TEXT NOT NULL,
      before TEXT,
      after TEXT
    ) STRICT;
    CREATE INDEX change_step_change ON change_step(change_id, id);
    CREATE INDEX change_step_row ON change_step(tbl, row_key, change_id);

    CREATE TABLE undo_recording (
      change_id INTEGER NOT NULL
    ) STRICT;
    ${TABLES.map(triggersOf).join('\n')}
  `,
};
