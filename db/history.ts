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
  const rows = db.prepare('SELECT at, action, snapshot FROM annotation_history WHERE annotation_id = ? ORDER BY id').all(annotationId) as {
    at: string;
    action: HistoryAction;
    snapshot: string;
  }[];
  if (rows.length === 0) throw new WorkbenchError('not-found', `No annotation ${annotationId} has ever existed in this workspace`, 'annotation');
  return rows.map((row) => ({ at: row.at, action: row.action, snapshot: JSON.parse(row.snapshot) as AnnotationSnapshot }));
}
