// Migration 70: copies. Wording copied across documents from different sources (a wire report
// relayed by other outlets) is found at import (db/copies/). Each document keeps a few winnowed
// fingerprints — hashes of five-word shingles, about one in ten — so a new document finds the
// documents it shares wording with by indexed look-ups; each confirmed copy keeps the matched
// character ranges in both documents, the later document being the copy of the earlier one.
import type { Migration } from './migration.js';

export const migration0070: Migration = {
  version: 70,
  name: 'copies',
  sql: `
    CREATE TABLE copy_fingerprint (
      hash INTEGER NOT NULL,
      document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
      PRIMARY KEY (hash, document_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX copy_fingerprint_document ON copy_fingerprint(document_id);
    CREATE TABLE copy_passage (
      id INTEGER PRIMARY KEY,
      copy_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
      copy_start INTEGER NOT NULL,
      copy_end INTEGER NOT NULL,
      origin_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
      origin_start INTEGER NOT NULL,
      origin_end INTEGER NOT NULL,
      words INTEGER NOT NULL,
      similarity REAL NOT NULL,
      found_at TEXT NOT NULL,
      UNIQUE (copy_id, copy_start, origin_id, origin_start),
      CHECK (copy_id <> origin_id AND copy_start < copy_end AND origin_start < origin_end)
    ) STRICT;
    CREATE INDEX copy_passage_origin ON copy_passage(origin_id);
  `,
};
