// Turns a text selection in the reader into a highlight target: after a mouse selection a small
// "Highlight" button appears beside it (the selection stays intact); the button or the h key
// opens the "New highlight" dialog.
import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { NewHighlightTarget } from '../annotations/NewHighlightDialog.js';
import { selectionAnchor, selectionToBodyRange } from './selection-offsets.js';

export interface SelectionAdder {
  /** Where the "Highlight" button shows, with the selection it will highlight. */
  adder: NewHighlightTarget | null;
  /** The target of the open "New highlight" dialog. */
  target: NewHighlightTarget | null;
  onMouseSelect: () => void;
  /** Opens the dialog for the adder's selection, or the live one (the h key). */
  open: () => boolean;
  close: () => void;
}

export function useSelectionAdder(rootRef: RefObject<HTMLDivElement | null>, documentId: number, body: string): SelectionAdder {
  const [adder, setAdder] = useState<NewHighlightTarget | null>(null);
  const [target, setTarget] = useState<NewHighlightTarget | null>(null);

  const capture = useCallback((): NewHighlightTarget | null => {
    const root = rootRef.current;
    const selection = window.getSelection();
    const range = root ? selectionToBodyRange(root, selection, body) : null;
    if (!range) return null;
    const anchor = selectionAnchor(selection) ?? { top: 120, bottom: 120, left: 120 };
    return { documentId, ...range, exact: body.slice(range.start, range.end), anchor };
  }, [rootRef, documentId, body]);

  const onMouseSelect = useCallback(() => setAdder(capture()), [capture]);

  const open = useCallback((): boolean => {
    const next = capture() ?? adder;
    if (!next) return false;
    setAdder(null);
    setTarget(next);
    return true;
  }, [capture, adder]);

  const close = useCallback(() => setTarget(null), []);

  useEffect(() => {
    if (!adder) return;
    const hideIfCollapsed = (): void => {
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed) setAdder(null);
    };
    const hide = (): void => setAdder(null);
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') hide();
    };
    document.addEventListener('selectionchange', hideIfCollapsed);
    document.addEventListener('keydown', onKey);
    window.addEventListener('resize', hide);
    document.addEventListener('scroll', hide, true);
    return () => {
      document.removeEventListener('selectionchange', hideIfCollapsed);
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('resize', hide);
      document.removeEventListener('scroll', hide, true);
    };
  }, [adder]);

  return { adder, target, onMouseSelect, open, close };
}
