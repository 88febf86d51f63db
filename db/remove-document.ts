// Removes a document with its annotations, in one transaction: each annotation's removal is written
// to the history first (history outlives the document), and the index entry goes with the row.
import { WorkbenchError } from '../api/result.js';
import { listAnnotations } from './annotations-read.js';
import { recordHistory } from './history.js';
import { nowIso, type Db } from './open-workspace.js';
import { markPending } from './search/segments.js';

export function removeDocument(db: Db, id: number): { id: number; annotationsDeleted: number } {
  return db
    .transaction(() => {
      if (!db.prepare('SELECT 1 FROM document WHERE id = ?').get(id)) {
        throw new WorkbenchError('not-found', `No document #${id} in this workspace`, 'document');
      }
      const annotations = listAnnotations(db, { documentId: id });
      const at = nowIso();
      for (const annotation of annotations) recordHistory(db, annotation, 'deleted', at);
      db.prepare('DELETE FROM document WHERE id = ?').run(id);
      markPending(db, [id]);
      return { id, annotationsDeleted: annotations.length };
    })
    .immediate();
}
