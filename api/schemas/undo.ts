// Schemas of undo: the changes an analyst can take back (deleting a highlight, a document or a
// tag, merging tags, editing or restoring a highlight), undoing one, and restoring a highlight
// to an earlier version from its history.
import * as v from 'valibot';
import { NonBlank, RowId } from './common.js';

export const CHANGE_KINDS = ['delete-annotation', 'update-annotation', 'restore-annotation', 'delete-document', 'delete-documents', 'delete-tag', 'merge-tags'] as const;

export const ChangeSchema = v.object({
  /** Pass to undoChange. */
  id: RowId,
  at: v.string(),
  kind: v.picklist(CHANGE_KINDS),
  /** One line for the analyst: `Delete highlight “Lorries were turned back”`. */
  label: v.string(),
  /** When it was undone; null while it stands. */
  undoneAt: v.nullable(v.string()),
});

/** What every undoable write adds to its value: the change to pass to undoChange. */
export const ChangeIdField = { changeId: RowId };

export const ListChangesInput = v.strictObject({
  /** At most this many, latest first (default 50). */
  limit: v.optional(v.pipe(RowId, v.maxValue(500, 'expected at most 500'))),
});

export const UndoChangeInput = v.strictObject({ changeId: RowId });

export const RestoreAnnotationVersionInput = v.strictObject({
  id: NonBlank,
  /** The `version` of an entry of the highlight's history. */
  version: RowId,
});
