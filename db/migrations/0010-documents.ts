// Migration 10: the corpus. One row per imported document; the normalised text is the body and
// content_hash (SHA-256 of the body) makes re-importing the same text a no-op.
import type { Migration } from './migration.js';

export const migration0010: Migration = {
  version: 10,
  name: 'documents',
  sql: `
    CREATE TABLE document (
      id INTEGER PRIMARY KEY,
      title TEXT NOT NULL,
      body TEXT NOT NULL,
      source TEXT,
      author TEXT,
      url TEXT,
      published_at TEXT,
      language TEXT NOT NULL,
      origin TEXT NOT NULL,
      content_hash TEXT NOT NULL UNIQUE,
      imported_at TEXT NOT NULL,
      meta TEXT NOT NULL DEFAULT '{}'
    ) STRICT;
    CREATE INDEX document_source ON document(source);
    CREATE INDEX document_published_at ON document(published_at);
  `,
};
