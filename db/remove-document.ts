// Removes documents with their annotations, in one transaction: each annotation's removal is written
// to the history first (history outlives the document), and the index entry goes with the row.
import { WorkbenchError } from '../api/result.js';
import { listAnnotations } from './annotations-read.js';
import { recordHistory } from './history.js';
import { nowIso, type Db } from './open-workspace.js';
import { markPending } from './search/index-writer.js';

/** Removes one document that exists; the caller owns the transaction. */
function removeOne(db: Db, id: number, at: string): number {
  const annotations = listAnnotations(db, { documentId: id });
  for (const annotation of annotations) recordHistory(db, annotation, 'deleted', at);
  db.prepare('DELETE FROM document WHERE id = ?').run(id);
  markPending(db, [id]);
  return annotations.length;
}

export function removeDocument(db: Db, id: number): { id: number; annotationsDeleted: number } {
  return db
    .transaction(() => {
      if (!db.prepare('SELECT 1 FROM document WHERE id = ?').get(id)) {
        throw new WorkbenchError('not-found', `No document #${id} in this workspace`, 'document');
      }
      return { id, annotationsDeleted: removeOne(db, id, nowIso()) };
    })
    .immediate();
}

/** Removes every listed document that still exists (another window may have removed some already). */
export function removeDocuments(db: Db, ids: readonly number[]): { deleted: number; annotationsDeleted: number } {
  return db
    .transaction(() => {
      const at = nowIso();
      const existing = db.prepare('SELECT id FROM document WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').pluck().all(JSON.stringify(ids)) as number[];
      let annotationsDeleted = 0;
      for (const id of existing) annotationsDeleted += removeOne(db, id, at);
      return { deleted: existing.length, annotationsDeleted };
    })
    .immediate();
}
