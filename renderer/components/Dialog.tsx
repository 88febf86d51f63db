// The one dialog: a native modal <dialog> (focus is trapped by the browser), named by its title,
// closed by Esc, the Close button or a click outside, and giving focus back where it came from.
// A dialog whose form is dirty asks "Discard changes?" first, whichever way it is closed.
import { useEffect, useEffectEvent, useId, useLayoutEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { DirtyScope, useDirtyScope } from './dirty-scope.js';
import { DiscardPrompt } from './DiscardPrompt.js';
import { useDiscardGuard } from './use-discard-guard.js';

export interface Anchor {
  top: number;
  bottom: number;
  left: number;
}

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Positions the dialog beside this rectangle (a popover) instead of centring it. */
  anchor?: Anchor;
  className?: string;
  /** Whether a click on the backdrop closes the dialog at all (off while work is under way, e.g. an import). */
  closeOnOutsideClick?: boolean;
  /** The dialog holds unsaved input: Esc, Close or a click outside asks before throwing it away.
   * Forms inside can say so themselves with useReportDirty. */
  dirty?: boolean;
  /** Optional text under the title. */
  description?: ReactNode;
}

function place(dialog: HTMLDialogElement, anchor: Anchor): void {
  const margin = 8;
  const { width, height } = dialog.getBoundingClientRect();
  const below = anchor.bottom + margin;
  // An anchor scrolled above the window (a long selection) still puts the dialog inside it.
  const top = Math.max(margin, below + height <= window.innerHeight - margin ? below : anchor.top - margin - height);
  const left = Math.min(Math.max(margin, anchor.left), Math.max(margin, window.innerWidth - width - margin));
  dialog.style.top = `${Math.round(top)}px`;
  dialog.style.left = `${Math.round(left)}px`;
}

export function Dialog({ title, onClose, children, anchor, className, closeOnOutsideClick = true, dirty = false, description }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const scope = useDirtyScope();
  const guard = useDiscardGuard(dirty || scope.anyDirty, onClose);
  // Esc reaches the latest guard without re-registering the listener.
  const close = useEffectEvent(() => guard.request());

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const preferred =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>('.dialog__body :is(input, select, textarea, button, [href], [tabindex="0"]):not(:disabled)');
    preferred?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // Give focus back unless the dialog's action moved it on purpose (e.g. into the reader).
      if (returnTo && returnTo.isConnected && (document.activeElement === document.body || document.activeElement === null)) {
        returnTo.focus({ preventScroll: true });
      }
    };
  }, []);

  useLayoutEffect(() => {
    if (anchor && ref.current) place(ref.current, anchor);
  }, [anchor]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onCancel = (event: Event): void => {
      event.preventDefault();
      close();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => dialog.removeEventListener('cancel', onCancel);
  }, []);

  const onMouseDown = (event: MouseEvent<HTMLDialogElement>): void => {
    if (!closeOnOutsideClick || event.target !== ref.current) return;
    const rect = ref.current.getBoundingClientRect();
    const inside = event.clientX >= rect.left && event.clientX <= rect.right && event.clientY >= rect.top && event.clientY <= rect.bottom;
    if (!inside) guard.request();
  };

  return (
    <dialog
      ref={ref}
      className={['dialog', anchor ? 'dialog--popover' : '', className ?? ''].join(' ').trim()}
      // What the guard sees: a form reports a change an instant after the keystroke (tests wait on it).
      data-dirty={dirty || scope.anyDirty ? 'true' : undefined}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      aria-modal="true"
      data-modal="true"
      onMouseDown={onMouseDown}
    >
      <header className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <button type="button" className="icon-button" aria-label="Close" title="Close (Esc)" onClick={guard.request}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {description ? (
        <p id={descriptionId} className="dialog__description">
          {description}
        </p>
      ) : null}
      {guard.asking ? <DiscardPrompt guard={guard} /> : null}
      <div className="dialog__body">
        <DirtyScope value={scope.report}>{children}</DirtyScope>
      </div>
    </dialog>
  );
}
