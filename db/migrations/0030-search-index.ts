// Migration 30: the persisted lunr index, as segments (see db/search/segments.ts). It is derived
// data: search_pending lists documents whose index entry is out of date, written in the same
// transaction as the change, so a crash can never leave the index silently stale.
import type { Migration } from './migration.js';

export const migration0030: Migration = {
  version: 30,
  name: 'search-index',
  sql: `
    CREATE TABLE meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE search_segment (
      id INTEGER PRIMARY KEY,
      generation INTEGER NOT NULL,
      doc_count INTEGER NOT NULL,
      data TEXT NOT NULL
    ) STRICT;

    CREATE TABLE search_entry (
      document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
      segment_id INTEGER NOT NULL REFERENCES search_segment(id) ON DELETE CASCADE
    ) STRICT;
    CREATE INDEX search_entry_segment ON search_entry(segment_id);

    CREATE TABLE search_pending (
      document_id INTEGER PRIMARY KEY
    ) STRICT;
  `,
};
