// Migration 110: postings stored in the order they are written. search_posting was keyed by
// (term, batch), so each write's rows landed all over the table's B-tree: a 200-document import
// transaction rewrote most of its pages, and a 20,000-document import wrote gigabytes to the WAL.
// A row's id is now its batch times 2^24 plus its place in the batch (POSTING_ID_SPAN), so a
// batch is appended at the end and read or dropped as one range; only the small term index is
// updated out of order. The index is rebuilt at the next search (INDEX_VERSION moves with this).
import type { Migration } from './migration.js';

export const migration0110: Migration = {
  version: 110,
  name: 'postings by batch',
  sql: `
    DROP TABLE search_posting;
    DELETE FROM search_term;
    DELETE FROM search_field;
    DELETE FROM search_stale;
    DELETE FROM search_batch;
    DELETE FROM meta WHERE key IN ('index.version', 'index.stats');

    CREATE TABLE search_posting (
      id INTEGER PRIMARY KEY,
      term TEXT NOT NULL,
      data BLOB NOT NULL
    ) STRICT;
    CREATE INDEX search_posting_term ON search_posting(term);
  `,
};
