// The tag aggregate: names unique regardless of case, a colour each; create, rename, merge,
// recolour, delete. Deleting or merging a tag never deletes a highlight, and every annotation a
// tag change touches gets a history entry and is re-indexed (tags are searchable).
import type { Tag } from '../api/types.js';
import { WorkbenchError } from '../api/result.js';
import { annotationIdsWithTag, getAnnotation } from './annotations-read.js';
import { recordHistory, type HistoryAction } from './history.js';
import { nowIso, type Db } from './open-workspace.js';
import { markPending } from './search/index-writer.js';

/** Distinct, colour-blind-friendly hues (Okabe–Ito plus a few), handed out in turn. */
const PALETTE = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#999999', '#8C564B', '#17BECF'];

interface TagRow {
  id: number;
  name: string;
  color: string;
  annotation_count: number;
}

const TAG_COLUMNS = 't.id, t.name, t.color, (SELECT count(*) FROM annotation_tag at WHERE at.tag_id = t.id) AS annotation_count';

function rowToTag(row: TagRow): Tag {
  return { id: row.id, name: row.name, color: row.color, annotationCount: row.annotation_count };
}

/** A tag name as stored: NFC, trimmed, inner white space collapsed (the contract has checked it is not blank). */
export function normaliseTagName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

export function listTags(db: Db): Tag[] {
  return (db.prepare(`SELECT ${TAG_COLUMNS} FROM tag t ORDER BY t.name COLLATE NOCASE`).all() as TagRow[]).map(rowToTag);
}

export function getTag(db: Db, id: number): Tag {
  const row = db.prepare(`SELECT ${TAG_COLUMNS} FROM tag t WHERE t.id = ?`).get(id) as TagRow | undefined;
  if (!row) throw new WorkbenchError('not-found', `No tag #${id} in this workspace`, 'tag');
  return rowToTag(row);
}

export function findTagByName(db: Db, name: string): Tag | undefined {
  const row = db.prepare(`SELECT ${TAG_COLUMNS} FROM tag t WHERE t.name = ? COLLATE NOCASE`).get(name) as TagRow | undefined;
  return row && rowToTag(row);
}

/** The id of the tag with this name, created (with the next palette colour) if missing. */
export function ensureTag(db: Db, name: string, color?: string): number {
  const existing = findTagByName(db, name);
  if (existing) return existing.id;
  const count = db.prepare('SELECT count(*) FROM tag').pluck().get() as number;
  const chosen = (color ?? (PALETTE[count % PALETTE.length] as string)).toLowerCase();
  return Number(db.prepare('INSERT INTO tag (name, color, created_at) VALUES (?, ?, ?)').run(name, chosen, nowIso()).lastInsertRowid);
}

export function createTag(db: Db, name: string, color?: string): Tag {
  const clean = normaliseTagName(name);
  return db
    .transaction(() => {
      if (findTagByName(db, clean)) throw new WorkbenchError('conflict', `A tag named "${clean}" already exists`);
      return getTag(db, ensureTag(db, clean, color));
    })
    .immediate();
}

function touchAnnotations(db: Db, annotationIds: string[], action: HistoryAction): void {
  const at = nowIso();
  const update = db.prepare('UPDATE annotation SET updated_at = ? WHERE id = ?');
  const documents = new Set<number>();
  for (const id of annotationIds) {
    update.run(at, id);
    const annotation = getAnnotation(db, id);
    recordHistory(db, annotation, action, at);
    documents.add(annotation.documentId);
  }
  markPending(db, documents);
}

export function renameTag(db: Db, id: number, name: string): Tag {
  const clean = normaliseTagName(name);
  return db
    .transaction(() => {
      const tag = getTag(db, id);
      const other = findTagByName(db, clean);
      if (other && other.id !== id) {
        throw new WorkbenchError('conflict', `A tag named "${other.name}" already exists — merge "${tag.name}" into it instead`);
      }
      db.prepare('UPDATE tag SET name = ? WHERE id = ?').run(clean, id);
      touchAnnotations(db, annotationIdsWithTag(db, id), 'tag-renamed');
      return getTag(db, id);
    })
    .immediate();
}

export function mergeTags(db: Db, sourceId: number, targetId: number): Tag {
  return db
    .transaction(() => {
      getTag(db, sourceId);
      getTag(db, targetId);
      const affected = annotationIdsWithTag(db, sourceId);
      db.prepare('INSERT OR IGNORE INTO annotation_tag (annotation_id, tag_id) SELECT annotation_id, ? FROM annotation_tag WHERE tag_id = ?').run(targetId, sourceId);
      db.prepare('DELETE FROM tag WHERE id = ?').run(sourceId);
      touchAnnotations(db, affected, 'tag-merged');
      return getTag(db, targetId);
    })
    .immediate();
}

export function recolorTag(db: Db, id: number, color: string): Tag {
  const clean = color.toLowerCase();
  return db
    .transaction(() => {
      getTag(db, id);
      db.prepare('UPDATE tag SET color = ? WHERE id = ?').run(clean, id);
      return getTag(db, id);
    })
    .immediate();
}

export function deleteTag(db: Db, id: number): { id: number; annotationsUntagged: number } {
  return db
    .transaction(() => {
      getTag(db, id);
      const affected = annotationIdsWithTag(db, id);
      db.prepare('DELETE FROM tag WHERE id = ?').run(id);
      touchAnnotations(db, affected, 'tag-deleted');
      return { id, annotationsUntagged: affected.length };
    })
    .immediate();
}
