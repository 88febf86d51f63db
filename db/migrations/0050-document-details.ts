// Migration 50: what the analyst says about a whole document: a note, document tags (from the same
// tag list as highlights), and the history of every change to its details (title, source, date…),
// append-only like the highlights' history.
import type { Migration } from './migration.js';

export const migration0050: Migration = {
  version: 50,
  name: 'document details',
  sql: `
    ALTER TABLE document ADD COLUMN note TEXT NOT NULL DEFAULT '';
    CREATE TABLE document_tag (
      document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
      tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
      PRIMARY KEY (document_id, tag_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX document_tag_tag ON document_tag(tag_id);
    CREATE TABLE document_history (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL,
      at TEXT NOT NULL,
      changes TEXT NOT NULL
    ) STRICT;
    CREATE INDEX document_history_document ON document_history(document_id, id);
    CREATE TRIGGER document_history_no_update BEFORE UPDATE ON document_history
      BEGIN SELECT RAISE(ABORT, 'document history is append-only'); END;
    CREATE TRIGGER document_history_no_delete BEFORE DELETE ON document_history
      BEGIN SELECT RAISE(ABORT, 'document history is append-only'); END;
  `,
};
