// The details an analyst controls on a document (title, source, author, URL, language, date, its
// note and tags), changed one document at a time or many at once. Every change is one transaction
// that also appends what changed to the document's history and queues it for re-indexing.
import type { DocumentHistoryEntry, DocumentWithBody } from '../api/types.js';
import type { UpdateDocumentInput, UpdateDocumentsInput } from '../api/workbench-api.js';
import { normaliseNote, normaliseTags } from './annotation-input.js';
import { getDocument } from './documents.js';
import { nowIso, type Db } from './open-workspace.js';
import { markPending } from './search/index-writer.js';
import { ensureTag, findTagByName, normaliseTagName } from './tags.js';

/** Column of each detail an analyst may change. */
const COLUMNS = { title: 'title', source: 'source', author: 'author', url: 'url', language: 'language', date: 'published_at', note: 'note' } as const;
type Detail = keyof typeof COLUMNS;
type Value = string | null;
type Changes = Record<string, { before: unknown; after: unknown }>;

/** A one-line field as stored: trimmed, inner white space collapsed, empty meaning "not known". */
function oneLine(value: string | null): string | null {
  if (value === null) return null;
  const line = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  return line === '' ? null : line;
}

function documentTags(db: Db, id: number): string[] {
  return db
    .prepare('SELECT t.name FROM document_tag dt JOIN tag t ON t.id = dt.tag_id WHERE dt.document_id = ? ORDER BY t.name COLLATE NOCASE')
    .pluck()
    .all(id) as string[];
}

function currentDetails(db: Db, id: number): Record<Detail, Value> {
  return db.prepare('SELECT title, source, author, url, language, published_at AS date, note FROM document WHERE id = ?').get(id) as Record<Detail, Value>;
}

function recordChanges(db: Db, id: number, changes: Changes, at: string): void {
  if (Object.keys(changes).length === 0) return;
  db.prepare('INSERT INTO document_history (document_id, at, changes) VALUES (?, ?, ?)').run(id, at, JSON.stringify(changes));
}

/** Writes the given details and tag changes to one document; returns what changed. The caller owns the transaction. */
function applyToDocument(db: Db, id: number, details: Partial<Record<Detail, Value>>, tags: { set?: string[]; add?: string[]; remove?: string[] }): Changes {
  const before = currentDetails(db, id);
  const changes: Changes = {};
  for (const [detail, value] of Object.entries(details) as [Detail, Value][]) {
    if (value === undefined || before[detail] === value) continue;
    db.prepare(`UPDATE document SET ${COLUMNS[detail]} = ? WHERE id = ?`).run(value, id);
    changes[detail] = { before: before[detail], after: value };
  }
  const tagsBefore = documentTags(db, id);
  const lower = new Set(tagsBefore.map((tag) => tag.toLowerCase()));
  const wanted = tags.set ?? [...tagsBefore, ...(tags.add ?? []).filter((tag) => !lower.has(tag.toLowerCase()))];
  const removed = new Set((tags.remove ?? []).map((tag) => tag.toLowerCase()));
  const tagsAfter = normaliseTags(wanted).filter((tag) => !removed.has(tag.toLowerCase()));
  if (
    tagsAfter
      .map((t) => t.toLowerCase())
      .sort()
      .join('\n') !==
    tagsBefore
      .map((t) => t.toLowerCase())
      .sort()
      .join('\n')
  ) {
    db.prepare('DELETE FROM document_tag WHERE document_id = ?').run(id);
    const link = db.prepare('INSERT OR IGNORE INTO document_tag (document_id, tag_id) VALUES (?, ?)');
    for (const name of tagsAfter) link.run(id, ensureTag(db, name));
    changes.tags = { before: tagsBefore, after: documentTags(db, id) };
  }
  return changes;
}

/** The details of an input, cleaned as they are stored; absent ones left out. */
function detailsOf(input: Partial<Record<Detail, string | null>>): Partial<Record<Detail, Value>> {
  const out: Partial<Record<Detail, Value>> = {};
  if (input.title !== undefined) out.title = oneLine(input.title);
  if (input.source !== undefined) out.source = oneLine(input.source);
  if (input.author !== undefined) out.author = oneLine(input.author);
  if (input.url !== undefined) out.url = oneLine(input.url);
  if (input.language !== undefined) out.language = input.language;
  if (input.date !== undefined) out.date = input.date;
  if (input.note !== undefined && input.note !== null) out.note = normaliseNote(input.note);
  return out;
}

export function updateDocument(db: Db, input: UpdateDocumentInput): DocumentWithBody {
  db.transaction(() => {
    getDocument(db, input.id);
    const changes = applyToDocument(db, input.id, detailsOf(input), input.tags === undefined ? {} : { set: input.tags });
    recordChanges(db, input.id, changes, nowIso());
    if (Object.keys(changes).length > 0) markPending(db, [input.id]);
  }).immediate();
  return getDocument(db, input.id);
}

/** Ids of the documents a bulk change names: listed, or by origin pattern (* any text, ? one character). */
function targetIds(db: Db, input: UpdateDocumentsInput): number[] {
  if (input.ids !== undefined) {
    return db.prepare('SELECT id FROM document WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').pluck().all(JSON.stringify(input.ids)) as number[];
  }
  // A pattern without a leading / or * matches at the end of the path: reports/* finds …/reports/a.pdf.
  const pattern = input.origin as string;
  const anchored = pattern.startsWith('/') || pattern.startsWith('*') ? pattern : `*/${pattern}`;
  return db.prepare('SELECT id FROM document WHERE origin GLOB ? OR origin GLOB ? ORDER BY id').pluck().all(pattern, anchored) as number[];
}

export function updateDocuments(db: Db, input: UpdateDocumentsInput): { updated: number } {
  const details = detailsOf(input.set ?? {});
  const add = input.addTags?.map(normaliseTagName);
  const remove = input.removeTags?.map(normaliseTagName).filter((name) => findTagByName(db, name) !== undefined);
  return db
    .transaction(() => {
      const at = nowIso();
      const changed: number[] = [];
      for (const id of targetIds(db, input)) {
        const changes = applyToDocument(db, id, details, { ...(add ? { add } : {}), ...(remove ? { remove } : {}) });
        recordChanges(db, id, changes, at);
        if (Object.keys(changes).length > 0) changed.push(id);
      }
      markPending(db, changed);
      return { updated: changed.length };
    })
    .immediate();
}

export function getDocumentHistory(db: Db, id: number): DocumentHistoryEntry[] {
  getDocument(db, id);
  const rows = db.prepare('SELECT at, changes FROM document_history WHERE document_id = ? ORDER BY id').all(id) as { at: string; changes: string }[];
  return rows.map((row) => ({ at: row.at, changes: JSON.parse(row.changes) as Changes }));
}
