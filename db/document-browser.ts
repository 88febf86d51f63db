// The document browser's reads: one page of documents sorted by a column and filtered like search,
// the total that match, and every matching id. The page's ids are found first, by the indexes of
// migration 90, and only those rows are read whole, so a page costs the same at 100,000 documents.
import type { BrowseDocumentsQuery, DocumentPage, DocumentSort, SearchFilters } from '../api/types.js';
import { getDocumentSummaries } from './documents.js';
import type { Db } from './open-workspace.js';
import { filterSql, hasFilters } from './search/search-filters.js';

/** The SQL each sort orders by; every one is an indexed column or expression except highlights. */
const ORDER: Record<DocumentSort, string> = {
  title: 'd.title COLLATE NOCASE',
  source: 'd.source COLLATE NOCASE',
  date: 'd.published_at',
  language: 'd.language',
  length: 'length(d.body)',
  highlights: '(SELECT count(*) FROM annotation a WHERE a.document_id = d.id)',
};

const DEFAULT_LIMIT = 100;

function whereOf(filters: SearchFilters | undefined): { where: string; params: (string | number)[] } {
  return hasFilters(filters) ? filterSql(filters) : { where: '1', params: [] };
}

export function browseDocuments(db: Db, input: BrowseDocumentsQuery): DocumentPage {
  const { where, params } = whereOf(input.filters);
  const direction = input.descending ? 'DESC' : 'ASC';
  // Without a sort: newest import first, as listDocuments. Ties go by id, so pages never overlap.
  const order = input.sort === undefined ? 'd.id DESC' : `${ORDER[input.sort]} ${direction}, d.id ${direction}`;
  const total = db
    .prepare(`SELECT count(*) FROM document d WHERE ${where}`)
    .pluck()
    .get(...params) as number;
  const ids = db
    .prepare(`SELECT d.id FROM document d WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...params, input.limit ?? DEFAULT_LIMIT, input.offset ?? 0) as number[];
  const summaries = getDocumentSummaries(db, ids);
  return { total, documents: ids.flatMap((id) => summaries.get(id) ?? []) };
}

export function listDocumentIds(db: Db, filters: SearchFilters | undefined): number[] {
  const { where, params } = whereOf(filters);
  // No ORDER BY: unfiltered, SQLite then reads the ids from the smallest index instead of every row.
  const ids = db
    .prepare(`SELECT d.id FROM document d WHERE ${where}`)
    .pluck()
    .all(...params) as number[];
  return ids.sort((a, b) => a - b);
}
