// One logged row change, checked and played backwards: the row must still be as the change left it
// (its after-image), and then gets its before-image back. Values go from the stored JSON images to
// the row inside SQLite (json_extract), so 64-bit integers and texts come back exactly.
import type { Db } from '../open-workspace.js';
import { columnsOf, shapeOf, type ForeignKey } from './logged-tables.js';

export interface ChangeStep {
  id: number;
  change_id: number;
  tbl: string;
  row_key: string;
  before: string | null;
  after: string | null;
}

/** Touched by every write to a row; an undo that restores the rest does not need it to match. */
const BOOKKEEPING = new Set(['updated_at']);

const path = (column: string): string => `'$."${column}"'`;

function keyWhere(db: Db, step: ChangeStep): string {
  return columnsOf(db, step.tbl, step.row_key)
    .map((column) => `"${column}" = json_extract(@key, ${path(column)})`)
    .join(' AND ');
}

/** Whether the row is as this image says (absent for null), bookkeeping columns aside. */
export function rowIs(db: Db, step: ChangeStep, image: string | null): boolean {
  const where = keyWhere(db, step);
  if (image === null) return db.prepare(`SELECT 1 FROM "${step.tbl}" WHERE ${where}`).get({ key: step.row_key }) === undefined;
  const same = columnsOf(db, step.tbl, image)
    .filter((column) => !BOOKKEEPING.has(column))
    .map((column) => ` AND "${column}" IS json_extract(@image, ${path(column)})`)
    .join('');
  return db.prepare(`SELECT 1 FROM "${step.tbl}" WHERE ${where}${same}`).get({ key: step.row_key, image }) !== undefined;
}

/** Gives the row its before-image back: deletes what the change inserted, re-inserts what it deleted. */
export function reverseStep(db: Db, step: ChangeStep): void {
  const table = `"${step.tbl}"`;
  if (step.before === null) {
    db.prepare(`DELETE FROM ${table} WHERE ${keyWhere(db, step)}`).run({ key: step.row_key });
    return;
  }
  const columns = columnsOf(db, step.tbl, step.before);
  const values = columns.map((column) => `json_extract(@image, ${path(column)})`);
  if (step.after === null) {
    db.prepare(`INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${values.join(', ')})`).run({ image: step.before });
  } else {
    const assignments = columns.map((column, i) => `"${column}" = ${values[i]}`);
    db.prepare(`UPDATE ${table} SET ${assignments.join(', ')} WHERE ${keyWhere(db, step)}`).run({ key: step.row_key, image: step.before });
  }
}

/** The first parent a restored row points to that no longer exists, if any (the check runs once every step is back). */
export function missingParent(db: Db, step: ChangeStep): ForeignKey | null {
  if (step.before === null) return null;
  const present = columnsOf(db, step.tbl, step.before);
  for (const fk of shapeOf(db, step.tbl).foreignKeys) {
    if (!present.includes(fk.from)) continue;
    const found = db
      .prepare(`SELECT json_extract(@image, ${path(fk.from)}) IS NULL OR EXISTS (SELECT 1 FROM "${fk.parent}" WHERE "${fk.to}" = json_extract(@image, ${path(fk.from)}))`)
      .pluck()
      .get({ image: step.before });
    if (!found) return fk;
  }
  return null;
}

/** The JSON path of a column in an image or a row key. */
export { path as imagePath };
