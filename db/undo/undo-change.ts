// Undoes one recorded change: refused while a later change that is not undone touched the same rows,
// or when a row is no longer as the change left it (an edit that cannot be undone came after); never
// clobbers. Plays the change's steps backwards with recording on, so anything else the undo would
// touch (a cascade onto rows created since) is caught and refused too.
import type { Change } from '../../api/types.js';
import { WorkbenchError } from '../../api/result.js';
import { nowIso, type Db } from '../open-workspace.js';
import { getChange, startRecording, stopRecording } from './change-sets.js';
import { nounOf, type ForeignKey } from './logged-tables.js';
import { imagePath, missingParent, reverseStep, rowIs, type ChangeStep } from './reverse-step.js';
import { captureAffected, recordUndone } from './undo-history.js';

function refuse(change: Change, why: string): never {
  throw new WorkbenchError('conflict', `“${change.label}” cannot be undone: ${why}`);
}

function firstLaterChange(db: Db, changeId: number): { id: number; label: string; tbl: string } | undefined {
  return db
    .prepare(
      `SELECT cs.id, cs.label, later.tbl FROM change_step mine
         JOIN change_step later ON later.tbl = mine.tbl AND later.row_key = mine.row_key AND later.change_id > mine.change_id
         JOIN change_set cs ON cs.id = later.change_id AND cs.undone_at IS NULL AND cs.kind <> 'undo'
       WHERE mine.change_id = ? ORDER BY cs.id DESC LIMIT 1`,
    )
    .get(changeId) as { id: number; label: string; tbl: string } | undefined;
}

/** The latest change still in force that removed the parent a restored row points to, to name in a refusal. */
function remover(db: Db, fk: ForeignKey, step: ChangeStep): { id: number; label: string } | undefined {
  return db
    .prepare(
      `SELECT cs.id, cs.label FROM change_step st JOIN change_set cs ON cs.id = st.change_id AND cs.undone_at IS NULL AND cs.kind <> 'undo'
       WHERE st.tbl = @parent AND st.after IS NULL AND json_extract(st.row_key, ${imagePath(fk.to)}) = json_extract(@image, ${imagePath(fk.from)})
       ORDER BY cs.id DESC LIMIT 1`,
    )
    .get({ parent: fk.parent, image: step.before }) as { id: number; label: string } | undefined;
}

function isConstraint(error: unknown): error is Error & { code: string } {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_CONSTRAINT');
}

function playBackwards(db: Db, change: Change, steps: readonly ChangeStep[]): void {
  for (const step of steps) {
    if (!rowIs(db, step, step.after)) {
      const noun = nounOf(step.tbl);
      refuse(
        change,
        step.after === null
          ? `a ${noun} added since has taken the place of the one it would bring back`
          : `the ${noun} was changed since by an edit that cannot be undone`,
      );
    }
    try {
      reverseStep(db, step);
    } catch (error) {
      if (isConstraint(error)) refuse(change, `another ${nounOf(step.tbl)} now has the same name or text; rename or remove it first`);
      throw error;
    }
  }
  for (const step of steps) {
    const fk = missingParent(db, step);
    if (!fk) continue;
    const by = remover(db, fk, step);
    refuse(change, `the ${nounOf(fk.parent)} it belongs to was removed since${by ? ` by “${by.label}” (change #${by.id}) — undo that first` : ''}`);
  }
}

export function undoChange(db: Db, changeId: number): Change {
  return db
    .transaction(() => {
      const change = getChange(db, changeId);
      if (change.undoneAt !== null) refuse(change, 'it was already undone');
      const later = firstLaterChange(db, changeId);
      if (later) refuse(change, `“${later.label}” (change #${later.id}) changed the same ${nounOf(later.tbl)} afterwards — undo that first`);
      const steps = db.prepare('SELECT * FROM change_step WHERE change_id = ? ORDER BY id DESC').all(changeId) as ChangeStep[];
      const affected = captureAffected(db, steps);
      // Rows come back child before parent when played backwards; the keys are checked once all are back.
      db.pragma('defer_foreign_keys = ON');
      const scratch = startRecording(db, 'undo', `undo of #${changeId}`);
      try {
        playBackwards(db, change, steps);
        const collateral = db
          .prepare('SELECT tbl FROM change_step WHERE change_id = ? AND (tbl, row_key) NOT IN (SELECT tbl, row_key FROM change_step WHERE change_id = ?) LIMIT 1')
          .pluck()
          .get(scratch, changeId) as string | undefined;
        if (collateral) refuse(change, `it would also remove a ${nounOf(collateral)} added since`);
      } finally {
        stopRecording(db);
        db.prepare('DELETE FROM change_set WHERE id = ?').run(scratch);
      }
      const at = nowIso();
      db.prepare('UPDATE change_set SET undone_at = ? WHERE id = ?').run(at, changeId);
      recordUndone(db, affected, at);
      return { ...change, undoneAt: at };
    })
    .immediate();
}
