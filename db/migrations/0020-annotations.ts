// Migration 20: highlights with notes and assessments, tags, and the append-only history that
// lets an analyst see how a judgement evolved. History rows outlive their annotation on purpose.
import type { Migration } from './migration.js';

export const migration0020: Migration = {
  version: 20,
  name: 'annotations',
  sql: `
    CREATE TABLE tag (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL COLLATE NOCASE UNIQUE,
      color TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE annotation (
      id TEXT PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
      start INTEGER NOT NULL,
      end INTEGER NOT NULL,
      exact TEXT NOT NULL,
      prefix TEXT NOT NULL,
      suffix TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      reliability TEXT CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
      credibility INTEGER CHECK (credibility BETWEEN 1 AND 6),
      probability TEXT CHECK (probability IN ('almost-no-chance', 'very-unlikely', 'unlikely',
        'roughly-even-chance', 'likely', 'very-likely', 'almost-certain')),
      confidence TEXT CHECK (confidence IN ('low', 'moderate', 'high')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (start >= 0 AND end > start)
    ) STRICT;
    CREATE INDEX annotation_document ON annotation(document_id, start);

    CREATE TABLE annotation_tag (
      annotation_id TEXT NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
      tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
      PRIMARY KEY (annotation_id, tag_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX annotation_tag_tag ON annotation_tag(tag_id);

    CREATE TABLE annotation_history (
      id INTEGER PRIMARY KEY,
      annotation_id TEXT NOT NULL,
      document_id INTEGER NOT NULL,
      at TEXT NOT NULL,
      action TEXT NOT NULL,
      snapshot TEXT NOT NULL
    ) STRICT;
    CREATE INDEX annotation_history_annotation ON annotation_history(annotation_id, id);
    CREATE TRIGGER annotation_history_no_update BEFORE UPDATE ON annotation_history
      BEGIN SELECT RAISE(ABORT, 'annotation history is append-only'); END;
    CREATE TRIGGER annotation_history_no_delete BEFORE DELETE ON annotation_history
      BEGIN SELECT RAISE(ABORT, 'annotation history is append-only'); END;
  `,
};
