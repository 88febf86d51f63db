// Migration 90: indexes for the document browser, so a page sorted by title, source, language or
// length is read from an index instead of sorting every document (date already has one).
import type { Migration } from './migration.js';

export const migration0090: Migration = {
  version: 90,
  name: 'document browser',
  sql: `
    CREATE INDEX document_title_nocase ON document(title COLLATE NOCASE);
    CREATE INDEX document_source_nocase ON document(source COLLATE NOCASE);
    CREATE INDEX document_language ON document(language);
    CREATE INDEX document_length ON document(length(body));
  `,
};
