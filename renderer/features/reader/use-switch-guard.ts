// Opening another document while a form of the open one (its details) holds unsaved input asks
// "Discard changes?" first, as Esc does: the reader keeps showing the open document until the
// analyst discards; keeping on editing puts the address back on it.
import { useCallback, useEffect, useState } from 'react';
import { useDirtyScope } from '../../components/dirty-scope.js';
import { useDiscardGuard, type DiscardGuard } from '../../components/use-discard-guard.js';
import { openDocument } from '../../state/view-history.js';

export interface SwitchGuard {
  /** The document the reader shows: the requested one, unless the question is still open. */
  shownId: number | null;
  /** Provided to the reader's forms (see dirty-scope.ts). */
  report: ReturnType<typeof useDirtyScope>['report'];
  /** Asking "Discard changes?" about the shown document, or null. */
  guard: DiscardGuard | null;
}

export function useSwitchGuard(requestedId: number | null): SwitchGuard {
  const { anyDirty, report } = useDirtyScope();
  const [shownId, setShownId] = useState(requestedId);
  const mustAsk = requestedId !== shownId && requestedId !== null && anyDirty;
  // Nothing unsaved (or the document is gone): follow at once.
  if (requestedId !== shownId && !mustAsk) setShownId(requestedId);
  const guard = useDiscardGuard(
    mustAsk,
    useCallback(() => setShownId(requestedId), [requestedId]),
  );
  const { request, keep } = guard;
  useEffect(() => {
    if (mustAsk) request();
  }, [mustAsk, request]);
  const keepEditing = useCallback(() => {
    keep();
    openDocument(shownId);
  }, [keep, shownId]);
  return { shownId, report, guard: guard.asking ? { ...guard, keep: keepEditing } : null };
}
