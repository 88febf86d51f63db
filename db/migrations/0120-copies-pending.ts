// Migration 120: documents whose copies are still to be looked for. An import stores and indexes
// its documents first, so they can be searched at once, and looks for copied passages afterwards
// (db/copies/pending-copies.ts). Each new document is marked here in the transaction that stores
// it, so an import stopped or killed before that second phase leaves its documents marked, and the
// next import looks for their copies too: none is silently skipped.
import type { Migration } from './migration.js';

export const migration0120: Migration = {
  version: 120,
  name: 'copies pending',
  sql: `
    CREATE TABLE copy_pending (
      document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE
    ) STRICT;
  `,
};
