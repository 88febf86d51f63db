// One guard for every form that can be closed with unsaved input: Esc, a click outside or the Close
// button asks "Discard changes?" (keep editing is the default) while the form is dirty, and closes
// at once while it is clean. Dialog uses it for every dialog; inline forms use it with DiscardPrompt.
import { useCallback, useRef, useState } from 'react';

export interface DiscardGuard {
  /** True while "Discard changes?" is showing. */
  asking: boolean;
  /** Closes at once when clean, else asks first. */
  request: () => void;
  /** Answers "keep editing": the prompt goes and focus returns to the field the analyst was in. */
  keep: () => void;
  /** Answers "discard": closes, throwing the changes away. */
  discard: () => void;
}

export function useDiscardGuard(dirty: boolean, close: () => void): DiscardGuard {
  const [asking, setAsking] = useState(false);
  const returnTo = useRef<HTMLElement | null>(null);

  const request = useCallback(() => {
    if (!dirty) {
      close();
      return;
    }
    if (!asking) returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setAsking(true);
  }, [dirty, asking, close]);

  const keep = useCallback(() => {
    setAsking(false);
    const field = returnTo.current;
    returnTo.current = null;
    // After the prompt has gone, so its buttons do not take focus back on unmount.
    if (field?.isConnected) window.setTimeout(() => field.focus({ preventScroll: true }), 0);
  }, []);

  const discard = useCallback(() => {
    setAsking(false);
    returnTo.current = null;
    close();
  }, [close]);

  return { asking: asking && dirty, request, keep, discard };
}
