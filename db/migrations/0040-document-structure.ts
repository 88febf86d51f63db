// Migration 40: what a document is made of beyond its text. `structure` holds its blocks
// (headings, paragraphs, list items, quotes, table rows) and, for paged formats, where each page
// starts, as offsets into the body (JSON; NULL for documents imported before: paragraphs at blank
// lines). `parent_id` links a document that came out of another, such as an e-mail attachment.
import type { Migration } from './migration.js';

export const migration0040: Migration = {
  version: 40,
  name: 'document structure',
  sql: `
    ALTER TABLE document ADD COLUMN structure TEXT;
    ALTER TABLE document ADD COLUMN parent_id INTEGER REFERENCES document(id) ON DELETE SET NULL;
    CREATE INDEX document_parent ON document(parent_id);
  `,
};
