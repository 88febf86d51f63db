// Sets a highlight back to an earlier version from its history: its note, tags and assessments as
// they were then. A highlight deleted since is highlighted again at the same place, with the same
// id, if its document still holds the quote. History gets a 'restored' entry either way.
import type { Annotation } from '../../api/types.js';
import { WorkbenchError } from '../../api/result.js';
import { createAnnotation, updateAnnotation } from '../annotations.js';
import type { AnnotationSnapshot } from '../history.js';
import type { Db } from '../open-workspace.js';

function exists(db: Db, table: 'annotation' | 'document', id: string | number): boolean {
  return db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

export function restoreAnnotationVersion(db: Db, snapshot: AnnotationSnapshot): Annotation {
  const { id, documentId, note, tags, reliability, credibility, probability, confidence } = snapshot;
  const assessments = { reliability, credibility, probability, confidence };
  if (exists(db, 'annotation', id)) return updateAnnotation(db, { id, note, tags, ...assessments }, 'restored');
  if (!exists(db, 'document', documentId)) {
    throw new WorkbenchError('conflict', `The document of this highlight (#${documentId}) was removed; undo its removal before restoring the highlight`, 'document');
  }
  const { start, end, exact } = snapshot;
  return createAnnotation(db, { documentId, start, end, exact, note, tags, ...assessments }, { id }, 'restored');
}
