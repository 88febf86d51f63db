// Migration 60: Analysis of Competing Hypotheses. The question under analysis, its hypotheses (in
// the analyst's order), and each highlight's rating against each hypothesis (consistency, relevance,
// a one-line reason) by a rater: '' is this workspace's analyst, an imported rating keeps its author.
// Hypotheses and ratings each keep an append-only history, like highlights. A same-claim link joins
// two highlights that report the same thing in different documents (echoes), once per pair.
import type { Migration } from './migration.js';

export const migration0060: Migration = {
  version: 60,
  name: 'hypotheses',
  sql: `
    CREATE TABLE hypothesis (
      id INTEGER PRIMARY KEY,
      statement TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE rating (
      annotation_id TEXT NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
      hypothesis_id INTEGER NOT NULL REFERENCES hypothesis(id) ON DELETE CASCADE,
      rater TEXT NOT NULL DEFAULT '',
      consistency TEXT NOT NULL CHECK (consistency IN ('CC', 'C', 'N', 'I', 'II', 'NA')),
      relevance TEXT NOT NULL DEFAULT 'medium' CHECK (relevance IN ('low', 'medium', 'high')),
      reason TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL,
      PRIMARY KEY (annotation_id, hypothesis_id, rater)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX rating_hypothesis ON rating(hypothesis_id);
    CREATE TABLE claim_link (
      first_id TEXT NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
      second_id TEXT NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
      created_at TEXT NOT NULL,
      PRIMARY KEY (first_id, second_id),
      CHECK (first_id < second_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX claim_link_second ON claim_link(second_id);
    CREATE TABLE hypothesis_history (
      id INTEGER PRIMARY KEY,
      hypothesis_id INTEGER NOT NULL,
      at TEXT NOT NULL,
      action TEXT NOT NULL,
      snapshot TEXT NOT NULL
    ) STRICT;
    CREATE INDEX hypothesis_history_hypothesis ON hypothesis_history(hypothesis_id, id);
    CREATE TABLE rating_history (
      id INTEGER PRIMARY KEY,
      annotation_id TEXT NOT NULL,
      hypothesis_id INTEGER NOT NULL,
      rater TEXT NOT NULL,
      at TEXT NOT NULL,
      before TEXT,
      after TEXT
    ) STRICT;
    CREATE INDEX rating_history_annotation ON rating_history(annotation_id, id);
    CREATE TRIGGER hypothesis_history_no_update BEFORE UPDATE ON hypothesis_history
      BEGIN SELECT RAISE(ABORT, 'hypothesis history is append-only'); END;
    CREATE TRIGGER hypothesis_history_no_delete BEFORE DELETE ON hypothesis_history
      BEGIN SELECT RAISE(ABORT, 'hypothesis history is append-only'); END;
    CREATE TRIGGER rating_history_no_update BEFORE UPDATE ON rating_history
      BEGIN SELECT RAISE(ABORT, 'rating history is append-only'); END;
    CREATE TRIGGER rating_history_no_delete BEFORE DELETE ON rating_history
      BEGIN SELECT RAISE(ABORT, 'rating history is append-only'); END;
  `,
};
