// Migration 80: the search index as postings read straight from SQLite (see db/search/README.md),
// replacing the serialised lunr segments, which every process had to parse before its first query.
// A batch is the set of (document, field) entries one write indexed; search_posting holds, per term
// and batch, that term's postings (ids, lengths, positions, as varints); search_field says which
// batch holds each live (document, field) and its length; an entry rewritten or deleted since its
// batch was written is listed in search_stale until a merge drops it. search_pending stays: the
// documents a transaction changed, indexed before that same transaction commits.
import type { Migration } from './migration.js';

export const migration0080: Migration = {
  version: 80,
  name: 'search-postings',
  sql: `
    DROP TABLE search_entry;
    DROP TABLE search_segment;
    DELETE FROM meta WHERE key IN ('index.version', 'index.generation', 'index.changes');
    DELETE FROM search_pending;

    CREATE TABLE search_batch (
      id INTEGER PRIMARY KEY,
      entries INTEGER NOT NULL,
      stale INTEGER NOT NULL DEFAULT 0
    ) STRICT;

    CREATE TABLE search_term (
      term TEXT PRIMARY KEY
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE search_posting (
      term TEXT NOT NULL,
      batch INTEGER NOT NULL,
      data BLOB NOT NULL,
      PRIMARY KEY (term, batch)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX search_posting_batch ON search_posting(batch);

    CREATE TABLE search_field (
      document_id INTEGER NOT NULL,
      field INTEGER NOT NULL,
      batch INTEGER NOT NULL,
      length INTEGER NOT NULL,
      hash TEXT NOT NULL,
      PRIMARY KEY (document_id, field)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX search_field_batch ON search_field(batch);

    CREATE TABLE search_stale (
      batch INTEGER NOT NULL,
      document_id INTEGER NOT NULL,
      field INTEGER NOT NULL,
      PRIMARY KEY (batch, document_id, field)
    ) STRICT, WITHOUT ROWID;
  `,
};
