// Turns the filters beside a query (source, language, dates, tag, has highlights, has notes)
// into the set of document ids they allow, with bound parameters only.
import type { SearchFilters } from '../../api/types.js';
import type { Db } from '../open-workspace.js';

export function hasFilters(filters: SearchFilters | undefined): filters is SearchFilters {
  if (!filters) return false;
  return Object.values(filters).some((value) => value !== undefined && value !== null && value !== '');
}

/** WHERE clause (over `document d`) and its parameters. */
export function filterSql(filters: SearchFilters): { where: string; params: (string | number)[] } {
  const conditions: string[] = [];
  const params: (string | number)[] = [];
  if (filters.source) {
    conditions.push('d.source = ? COLLATE NOCASE');
    params.push(filters.source);
  }
  if (filters.language) {
    conditions.push('d.language = ?');
    params.push(filters.language.toLowerCase());
  }
  if (filters.from) {
    conditions.push('substr(d.published_at, 1, 10) >= ?');
    params.push(filters.from);
  }
  if (filters.to) {
    conditions.push('substr(d.published_at, 1, 10) <= ?');
    params.push(filters.to);
  }
  if (filters.tag) {
    conditions.push(`EXISTS (SELECT 1 FROM annotation a JOIN annotation_tag at ON at.annotation_id = a.id
      JOIN tag t ON t.id = at.tag_id WHERE a.document_id = d.id AND t.name = ? COLLATE NOCASE)`);
    params.push(filters.tag);
  }
  if (filters.docTag) {
    conditions.push(`EXISTS (SELECT 1 FROM document_tag dt JOIN tag t ON t.id = dt.tag_id WHERE dt.document_id = d.id AND t.name = ? COLLATE NOCASE)`);
    params.push(filters.docTag);
  }
  if (filters.hasHighlights !== undefined) {
    conditions.push(`${filters.hasHighlights ? '' : 'NOT '}EXISTS (SELECT 1 FROM annotation a WHERE a.document_id = d.id)`);
  }
  if (filters.hasNotes !== undefined) {
    // A note is written text: a highlight's note or the document's own, blanks not counted.
    const written = `(trim(d.note) <> '' OR EXISTS (SELECT 1 FROM annotation a WHERE a.document_id = d.id AND trim(a.note) <> ''))`;
    conditions.push(filters.hasNotes ? written : `NOT ${written}`);
  }
  return { where: conditions.length > 0 ? conditions.join(' AND ') : '1', params };
}

/** Ids the filters allow, or null when there are no filters (everything is allowed). */
export function allowedDocumentIds(db: Db, filters: SearchFilters | undefined): Set<number> | null {
  if (!hasFilters(filters)) return null;
  const { where, params } = filterSql(filters);
  return new Set(
    db
      .prepare(`SELECT d.id FROM document d WHERE ${where}`)
      .pluck()
      .all(...params) as number[],
  );
}
