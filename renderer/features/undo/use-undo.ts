// Undo for the UI: this session's changes and their notice (data/session-changes.ts), undoing one
// through the core (undoChange), and the label of the change just made, read from listChanges.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { errorMessage } from '../../api/workbench-client.js';
import { dismissNotice, latestUndoable, noteRefused, noteUndone, sessionChanges, subscribeSessionChanges, type UndoNotice } from '../../data/session-changes.js';
import { useWorkbenchMutation, useWorkbenchQuery } from '../../data/workbench-hooks.js';

export interface Undo {
  notice: UndoNotice | null;
  /** The label of the change a 'done' notice is about, once known. */
  doneLabel: string | undefined;
  undoing: boolean;
  undo: (changeId: number) => Promise<void>;
  /** Undoes this session's latest change that still stands; false when there is none. */
  undoLatest: () => boolean;
  dismiss: () => void;
}

export function useUndo(): Undo {
  const changes = useSyncExternalStore(subscribeSessionChanges, sessionChanges);
  const { notice } = changes;
  const client = useQueryClient();
  const { mutateAsync, isPending } = useWorkbenchMutation('undoChange');
  const recent = useWorkbenchQuery('listChanges', { limit: 50 }, { enabled: notice?.kind === 'done' });
  const doneLabel = notice?.kind === 'done' ? recent.data?.find((change) => change.id === notice.changeId)?.label : undefined;
  const undo = useCallback(
    async (changeId: number) => {
      try {
        const change = await mutateAsync({ changeId });
        // What the change removed is back: an answer cached as "not found" (a removed document) is forgotten.
        client.removeQueries({ predicate: (query) => query.state.status === 'error' && !query.isActive() });
        noteUndone(changeId, change.label);
      } catch (failure) {
        noteRefused(errorMessage(failure));
      }
    },
    [client, mutateAsync],
  );
  const undoLatest = useCallback(() => {
    const latest = latestUndoable(sessionChanges());
    if (latest === undefined) return false;
    void undo(latest);
    return true;
  }, [undo]);
  return { notice, doneLabel, undoing: isPending, undo, undoLatest, dismiss: dismissNotice };
}
