// What an undo says in the append-only histories: the histories are never rolled back, so each
// highlight, document and rating an undo gives back (or takes away) gets a new entry, and the
// documents it touched are queued for re-indexing in the same transaction.
import type { Annotation } from '../../api/types.js';
import { getAnnotation } from '../annotations-read.js';
import { recordHistory } from '../history.js';
import type { Db } from '../open-workspace.js';
import { markPending } from '../search/index-writer.js';
import type { ChangeStep } from './reverse-step.js';

type Details = Record<string, unknown>;

interface RatingKey {
  annotation_id: string;
  hypothesis_id: number;
  rater: string;
}

/** The rows an undo affects, as they stand before it runs. */
export interface Affected {
  annotations: Map<string, Annotation | undefined>;
  documents: Map<number, Details | undefined>;
  ratings: Map<string, { key: RatingKey; value: string | null }>;
}

function annotationOrNothing(db: Db, id: string): Annotation | undefined {
  return db.prepare('SELECT 1 FROM annotation WHERE id = ?').get(id) ? getAnnotation(db, id) : undefined;
}

function detailsOf(db: Db, id: number): Details | undefined {
  const row = db.prepare('SELECT title, source, author, url, language, published_at AS date, note FROM document WHERE id = ?').get(id) as Details | undefined;
  if (!row) return undefined;
  const tags = db.prepare('SELECT t.name FROM document_tag dt JOIN tag t ON t.id = dt.tag_id WHERE dt.document_id = ? ORDER BY t.name COLLATE NOCASE').pluck().all(id);
  return { ...row, tags };
}

function ratingValue(db: Db, key: RatingKey): string | null {
  const row = db
    .prepare('SELECT consistency, relevance, reason FROM rating WHERE annotation_id = ? AND hypothesis_id = ? AND rater = ?')
    .get(key.annotation_id, key.hypothesis_id, key.rater) as object | undefined;
  return row ? JSON.stringify(row) : null;
}

export function captureAffected(db: Db, steps: readonly ChangeStep[]): Affected {
  const affected: Affected = { annotations: new Map(), documents: new Map(), ratings: new Map() };
  for (const step of steps) {
    const key = JSON.parse(step.row_key) as Record<string, unknown>;
    if (step.tbl === 'annotation' || step.tbl === 'annotation_tag') {
      const id = String(step.tbl === 'annotation' ? key.id : key.annotation_id);
      if (!affected.annotations.has(id)) affected.annotations.set(id, annotationOrNothing(db, id));
    } else if (step.tbl === 'document' || step.tbl === 'document_tag') {
      const id = Number(step.tbl === 'document' ? key.id : key.document_id);
      if (!affected.documents.has(id)) affected.documents.set(id, detailsOf(db, id));
    } else if (step.tbl === 'rating' && !affected.ratings.has(step.row_key)) {
      const ratingKey = key as unknown as RatingKey;
      affected.ratings.set(step.row_key, { key: ratingKey, value: ratingValue(db, ratingKey) });
    }
  }
  return affected;
}

function documentChanges(before: Details | undefined, after: Details | undefined): Record<string, { before: unknown; after: unknown }> {
  if (!before && after) return { document: { before: 'removed', after: 'restored' } };
  if (before && !after) return { document: { before: 'present', after: 'removed' } };
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const field of Object.keys(after ?? {})) {
    const was = before?.[field];
    const now = after?.[field];
    if (JSON.stringify(was) !== JSON.stringify(now)) changes[field] = { before: was, after: now };
  }
  return changes;
}

/** Appends the undo's history entries and queues the documents it touched for re-indexing. */
export function recordUndone(db: Db, affected: Affected, at: string): void {
  const pending = new Set<number>(affected.documents.keys());
  for (const [id, before] of affected.annotations) {
    const after = annotationOrNothing(db, id);
    if (after) recordHistory(db, after, 'restored', at);
    else if (before) recordHistory(db, before, 'deleted', at);
    for (const annotation of [before, after]) if (annotation) pending.add(annotation.documentId);
  }
  for (const [id, before] of affected.documents) {
    const changes = documentChanges(before, detailsOf(db, id));
    if (Object.keys(changes).length > 0) db.prepare('INSERT INTO document_history (document_id, at, changes) VALUES (?, ?, ?)').run(id, at, JSON.stringify(changes));
  }
  for (const { key, value: before } of affected.ratings.values()) {
    const after = ratingValue(db, key);
    if (before === after) continue;
    db.prepare('INSERT INTO rating_history (annotation_id, hypothesis_id, rater, at, before, after) VALUES (?, ?, ?, ?, ?, ?)').run(
      key.annotation_id,
      key.hypothesis_id,
      key.rater,
      at,
      before,
      after,
    );
  }
  markPending(db, pending);
}
