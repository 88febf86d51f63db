// Global single-key shortcuts (/, j, k, n, N, h, ?) that never fire while the analyst types in a
// field or while a modal dialog is open, and never with Ctrl/Alt/Meta held.
import { useEffect, useEffectEvent } from 'react';

/** A handler may return false to decline the key (it then keeps its default action). */
export type HotkeyMap = Partial<Record<string, (event: KeyboardEvent) => boolean | void>>;

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return target.getAttribute('role') === 'combobox' || target.getAttribute('role') === 'textbox';
}

function modalOpen(): boolean {
  return document.querySelector('dialog[open][data-modal="true"]') !== null;
}

export function useHotkeys(keys: HotkeyMap): void {
  // Always the latest handlers, with one listener for the component's lifetime.
  const onKeyDown = useEffectEvent((event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if (isTypingTarget(event.target) || modalOpen()) return;
    const handler = keys[event.key];
    if (!handler) return;
    if (handler(event) !== false) event.preventDefault();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent): void => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
