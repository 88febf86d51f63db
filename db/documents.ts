// The document aggregate: insert (deduplicated by content hash), list, read, delete, facets.
import type { DocumentSummary, DocumentWithBody, PageStart } from '../api/types.js';
import { WorkbenchError } from '../api/result.js';
import type { ParsedDocument } from './import/parsed-document.js';
import { structureFromJson, structureToJson } from './document-structure.js';
import { nowIso, type Db } from './open-workspace.js';
import { markPending } from './search/index-writer.js';
import { cachedStatement } from './statement-cache.js';
import { contentHash } from './content-hash.js';

interface DocumentRow {
  id: number;
  title: string;
  body?: string;
  source: string | null;
  author: string | null;
  url: string | null;
  published_at: string | null;
  language: string;
  origin: string;
  content_hash: string;
  imported_at: string;
  meta?: string;
  structure?: string | null;
  parent_id?: number | null;
  length: number;
  annotation_count: number;
  tags: string;
  note?: string;
}

const SUMMARY_COLUMNS = `d.id, d.title, d.source, d.author, d.url, d.published_at, d.language, d.origin,
  d.content_hash, d.imported_at, length(d.body) AS length,
  (SELECT count(*) FROM annotation a WHERE a.document_id = d.id) AS annotation_count,
  (SELECT json_group_array(t.name) FROM (SELECT t.name FROM document_tag dt JOIN tag t ON t.id = dt.tag_id
    WHERE dt.document_id = d.id ORDER BY t.name COLLATE NOCASE) t) AS tags`;

function rowToSummary(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    source: row.source,
    author: row.author,
    url: row.url,
    date: row.published_at,
    language: row.language,
    origin: row.origin,
    contentHash: row.content_hash,
    importedAt: row.imported_at,
    length: row.length,
    annotationCount: row.annotation_count,
    tags: JSON.parse(row.tags) as string[],
  };
}

export { contentHash };

export function findByHash(db: Db, hash: string): number | undefined {
  return cachedStatement(db, 'SELECT id FROM document WHERE content_hash = ?').pluck().get(hash) as number | undefined;
}

/** Inserts one parsed document and queues it for indexing. The caller owns the transaction. */
/** The id of the document imported from `origin` most recently (a message, for its attachments). */
function documentFrom(db: Db, origin: string | undefined): number | null {
  if (origin === undefined) return null;
  return (cachedStatement(db, 'SELECT id FROM document WHERE origin = ? ORDER BY id DESC LIMIT 1').pluck().get(origin) as number | undefined) ?? null;
}

export function insertDocument(db: Db, document: ParsedDocument, hash = contentHash(document.body)): number {
  const result = cachedStatement(
    db,
    `INSERT INTO document (title, body, source, author, url, published_at, language, origin, content_hash, imported_at, meta, structure, parent_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    document.title,
    document.body,
    document.source,
    document.author,
    document.url,
    document.date,
    document.language,
    document.origin,
    hash,
    nowIso(),
    JSON.stringify(document.meta),
    structureToJson(document),
    documentFrom(db, document.parentOrigin),
  );
  const id = Number(result.lastInsertRowid);
  markPending(db, [id]);
  return id;
}

export function listDocuments(db: Db, limit = 1000, offset = 0): DocumentSummary[] {
  const rows = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM document d ORDER BY d.id DESC LIMIT ? OFFSET ?`).all(limit, offset) as DocumentRow[];
  return rows.map(rowToSummary);
}

export function getDocumentSummaries(db: Db, ids: number[]): Map<number, DocumentSummary> {
  const rows = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM document d WHERE d.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as DocumentRow[];
  return new Map(rows.map((row) => [row.id, rowToSummary(row)]));
}

/** Page starts of the paged documents among `ids` (documents without pages are left out). */
/** The analyst's notes on these documents, for those that have one. */
export function getDocumentNotes(db: Db, ids: number[]): Map<number, string> {
  const rows = db.prepare(`SELECT id, note FROM document WHERE id IN (SELECT value FROM json_each(?)) AND note <> ''`).all(JSON.stringify(ids)) as {
    id: number;
    note: string;
  }[];
  return new Map(rows.map((row) => [row.id, row.note]));
}

export function getPageStarts(db: Db, ids: number[]): Map<number, PageStart[]> {
  const rows = db.prepare(`SELECT id, structure FROM document WHERE id IN (SELECT value FROM json_each(?)) AND structure IS NOT NULL`).all(JSON.stringify(ids)) as {
    id: number;
    structure: string;
  }[];
  const out = new Map<number, PageStart[]>();
  for (const row of rows) {
    const { pages } = structureFromJson(row.structure, '');
    if (pages.length > 0) out.set(row.id, pages);
  }
  return out;
}

export function getDocument(db: Db, id: number): DocumentWithBody {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS}, d.body, d.meta, d.structure, d.parent_id, d.note FROM document d WHERE d.id = ?`).get(id) as DocumentRow | undefined;
  if (!row) throw new WorkbenchError('not-found', `No document #${id} in this workspace`, 'document');
  const body = row.body ?? '';
  return {
    ...rowToSummary(row),
    body,
    meta: JSON.parse(row.meta ?? '{}') as Record<string, string>,
    ...structureFromJson(row.structure ?? null, body),
    parentId: row.parent_id ?? null,
    note: row.note ?? '',
  };
}

export function getBody(db: Db, id: number): string {
  const body = db.prepare('SELECT body FROM document WHERE id = ?').pluck().get(id) as string | undefined;
  if (body === undefined) throw new WorkbenchError('not-found', `No document #${id} in this workspace`, 'document');
  return body;
}

export function listFacets(db: Db): { sources: { value: string; count: number }[]; languages: { value: string; count: number }[] } {
  const sources = db
    .prepare('SELECT source AS value, count(*) AS count FROM document WHERE source IS NOT NULL GROUP BY source COLLATE NOCASE ORDER BY count DESC, value')
    .all() as { value: string; count: number }[];
  const languages = db.prepare('SELECT language AS value, count(*) AS count FROM document GROUP BY language ORDER BY count DESC').all() as {
    value: string;
    count: number;
  }[];
  return { sources, languages };
}
