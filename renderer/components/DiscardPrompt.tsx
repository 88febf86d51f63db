// "Discard changes?" — the question a dirty form asks before Esc, a click outside or Close throws
// its input away. An alert dialog inside the current one; "Keep editing" has focus, so Enter or a
// second Esc keeps the work and only a deliberate choice of "Discard" loses it.
import { useEffect, useId, useRef } from 'react';
import type { DiscardGuard } from './use-discard-guard.js';

export function DiscardPrompt({ guard }: { guard: DiscardGuard }) {
  const titleId = useId();
  const textId = useId();
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => keepRef.current?.focus(), []);
  return (
    <div
      className="confirm discard-prompt"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      aria-modal="false"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Esc here answers the question (keep editing); it must not reach the dialog and close it.
        event.preventDefault();
        event.stopPropagation();
        guard.keep();
      }}
    >
      <p id={titleId} className="confirm__message discard-prompt__title">
        Discard changes?
      </p>
      <p id={textId} className="discard-prompt__text">
        What you typed here has not been saved.
      </p>
      <div className="confirm__actions">
        <button ref={keepRef} type="button" className="button button--primary" onClick={guard.keep}>
          Keep editing
        </button>
        <button type="button" className="button button--danger-quiet" onClick={guard.discard}>
          Discard
        </button>
      </div>
    </div>
  );
}
