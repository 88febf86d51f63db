// Undoable changes as stored: a change set (what the analyst did, in one line) and, while an action
// runs, the recording switch the triggers of migration 100 read. Recording lives inside the action's
// own transaction, so another connection never sees it switched on.
import type { Change, ChangeKind } from '../../api/types.js';
import { WorkbenchError } from '../../api/result.js';
import { nowIso, type Db } from '../open-workspace.js';

/** How many change sets a workspace keeps; older ones can no longer be undone. */
export const KEPT_CHANGES = 500;

interface ChangeRow {
  id: number;
  at: string;
  kind: ChangeKind;
  label: string;
  undone_at: string | null;
}

function rowToChange(row: ChangeRow): Change {
  return { id: row.id, at: row.at, kind: row.kind, label: row.label, undoneAt: row.undone_at };
}

export function getChange(db: Db, id: number): Change {
  const row = db.prepare('SELECT * FROM change_set WHERE id = ? AND kind <> ?').get(id, 'undo') as ChangeRow | undefined;
  if (!row) throw new WorkbenchError('not-found', `No change #${id} can be undone in this workspace (only the latest ${KEPT_CHANGES} are kept)`);
  return rowToChange(row);
}

/** The changes that can still be undone, latest first. */
export function listChanges(db: Db, limit: number): Change[] {
  const rows = db.prepare("SELECT * FROM change_set WHERE kind <> 'undo' AND undone_at IS NULL ORDER BY id DESC LIMIT ?").all(limit) as ChangeRow[];
  return rows.map(rowToChange);
}

/** Opens a change set and switches recording on for it; the caller owns the transaction. */
export function startRecording(db: Db, kind: ChangeKind | 'undo', label: string): number {
  if (db.prepare('SELECT 1 FROM undo_recording').get()) throw new Error('a change is already being recorded');
  const id = Number(db.prepare('INSERT INTO change_set (at, kind, label) VALUES (?, ?, ?)').run(nowIso(), kind, label).lastInsertRowid);
  db.prepare('INSERT INTO undo_recording (change_id) VALUES (?)').run(id);
  return id;
}

export function stopRecording(db: Db): void {
  db.prepare('DELETE FROM undo_recording').run();
}

/** Forgets the oldest change sets beyond KEPT_CHANGES (their steps go with them). */
export function pruneChanges(db: Db): void {
  db.prepare('DELETE FROM change_set WHERE id <= (SELECT id FROM change_set ORDER BY id DESC LIMIT 1 OFFSET ?)').run(KEPT_CHANGES);
}

/**
 * Runs one undoable action as a change set: every row it touches is logged, so it can be undone.
 * The caller owns the transaction (the workbench's `write`), so the log commits with the action.
 */
export function recordChange<T>(db: Db, kind: ChangeKind, label: string, work: () => T): { value: T; changeId: number } {
  const changeId = startRecording(db, kind, label);
  try {
    const value = work();
    return { value, changeId };
  } finally {
    stopRecording(db);
    pruneChanges(db);
  }
}
