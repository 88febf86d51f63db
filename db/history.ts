// The append-only record of every change to an annotation (a trigger forbids editing it), so an
// analyst can see how a judgement evolved — including after the annotation itself is gone.
import type { Annotation, AnnotationHistoryEntry } from '../api/types.js';
import { WorkbenchError } from '../api/result.js';
import { nowIso, type Db } from './open-workspace.js';

export type HistoryAction = AnnotationHistoryEntry['action'];
export type AnnotationSnapshot = AnnotationHistoryEntry['snapshot'];

export function snapshotOf(annotation: Annotation): AnnotationSnapshot {
  const { createdAt: _created, updatedAt: _updated, ...snapshot } = annotation;
  return snapshot;
}

export function recordHistory(db: Db, annotation: Annotation, action: HistoryAction, at = nowIso()): void {
  db.prepare('INSERT INTO annotation_history (annotation_id, document_id, at, action, snapshot) VALUES (?, ?, ?, ?, ?)').run(
    annotation.id,
    annotation.documentId,
    at,
    action,
    JSON.stringify(snapshotOf(annotation)),
  );
}

export function getHistory(db: Db, annotationId: string): AnnotationHistoryEntry[] {
  const rows = db.prepare('SELECT id, at, action, snapshot FROM annotation_history WHERE annotation_id = ? ORDER BY id').all(annotationId) as {
    id: number;
    at: string;
    action: HistoryAction;
    snapshot: string;
  }[];
  if (rows.length === 0) throw new WorkbenchError('not-found', `No annotation ${annotationId} has ever existed in this workspace`, 'annotation');
  return rows.map((row) => ({ version: row.id, at: row.at, action: row.action, snapshot: JSON.parse(row.snapshot) as AnnotationSnapshot }));
}

/** One entry of a highlight's history, by its version. */
export function getHistoryEntry(db: Db, annotationId: string, version: number): AnnotationHistoryEntry {
  const entry = getHistory(db, annotationId).find((e) => e.version === version);
  if (!entry) throw new WorkbenchError('not-found', `Highlight ${annotationId} has no version ${version} in its history`, 'annotation');
  return entry;
}
