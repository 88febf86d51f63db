// Ctrl+Z (Cmd+Z on a Mac) undoes this session's latest undoable change — except while the analyst
// types in a field, where the browser's own undo of the text applies.
import { useEffect, useEffectEvent } from 'react';
import { isTypingTarget } from '../../state/use-hotkeys.js';
import { useUndo } from './use-undo.js';

export function useUndoShortcut(): void {
  const { undoLatest } = useUndo();
  const onKeyDown = useEffectEvent((event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing || event.altKey || event.shiftKey) return;
    if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
    if (isTypingTarget(event.target)) return;
    if (undoLatest()) event.preventDefault();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent): void => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
