// The one line that names an undoable change for the analyst (in the Undo notice, the CLI's list
// and every refusal), written from the rows as they stand before the change.
import { getAnnotation } from '../annotations-read.js';
import type { Db } from '../open-workspace.js';
import { getTag } from '../tags.js';

function shortQuote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 48 ? `${line.slice(0, 47)}…` : line;
}

function documentTitle(db: Db, id: number): string {
  const title = db.prepare('SELECT title FROM document WHERE id = ?').pluck().get(id) as string | undefined;
  return title === undefined ? `#${id}` : shortQuote(title);
}

export const changeLabels = {
  deleteAnnotation: (db: Db, id: string) => `Delete highlight “${shortQuote(getAnnotation(db, id).exact)}”`,
  updateAnnotation: (db: Db, id: string) => `Edit highlight “${shortQuote(getAnnotation(db, id).exact)}”`,
  restoreAnnotation: (db: Db, exact: string, at: string) => `Restore highlight “${shortQuote(exact)}” to its version of ${at.slice(0, 16).replace('T', ' ')}`,
  deleteDocument: (db: Db, id: number) => `Delete document “${documentTitle(db, id)}”`,
  deleteDocuments: (db: Db, ids: readonly number[]) => {
    const existing = db.prepare('SELECT id FROM document WHERE id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(ids)) as number[];
    return existing.length === 1 ? changeLabels.deleteDocument(db, existing[0] as number) : `Delete ${existing.length} documents`;
  },
  deleteTag: (db: Db, id: number) => `Delete tag “${getTag(db, id).name}”`,
  mergeTags: (db: Db, sourceId: number, targetId: number) => `Merge tag “${getTag(db, sourceId).name}” into “${getTag(db, targetId).name}”`,
};
