// An inline confirmation for destructive actions ("Yes, delete" / "Cancel"), announced as an
// alert dialog inside the current one rather than a blocking window.confirm().
import { useEffect, useId, useRef } from 'react';

interface ConfirmInlineProps {
  message: string;
  confirmLabel?: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmInline({ message, confirmLabel = 'Yes, delete', busy = false, onConfirm, onCancel }: ConfirmInlineProps) {
  const id = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  return (
    <div className="confirm" role="alertdialog" aria-labelledby={id} aria-modal="false">
      <p id={id} className="confirm__message">
        {message}
      </p>
      <div className="confirm__actions">
        <button ref={confirmRef} type="button" className="button button--danger" disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
