// A long list that keeps only the rows in view (and a few beyond) in the DOM, with the keyboard of
// a list: arrows, Page Up/Down, Home and End move the focus from row to row. The active row stays
// rendered even when it is scrolled away, so the focus it holds is never dropped.
import { defaultRangeExtractor, useVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

export interface VirtualRowsOptions {
  count: number;
  /** A row's expected height before it is measured; measured rows use their real height. */
  estimateSize: (index: number) => number;
  getItemKey: (index: number) => string | number;
  /** Selector, inside a row, of the control that takes the focus when the row becomes active. */
  focusSelector: string;
  /** End on the last row: may load more first, then returns the index to focus (default: the last). */
  onEnd?: () => Promise<number | null>;
}

export interface VirtualRows {
  scrollRef: RefObject<HTMLDivElement | null>;
  virtualizer: Virtualizer<HTMLDivElement, HTMLElement>;
  /** The row holding (or last holding) the focus; -1 before any. */
  active: number;
  /** Focuses row `index`, rendering it first and scrolling it into view. */
  focusRow: (index: number) => void;
  /** The highest row index in view or just beyond: where loading more is decided. */
  lastInView: number;
  /** For the scroll container: keeps `active` in step with the focus, and handles the keys. */
  containerProps: {
    onFocus: (event: FocusEvent<HTMLElement>) => void;
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  };
}

const OVERSCAN = 6;
const INDEX_ATTRIBUTE = 'data-index';

function rowIndexOf(target: EventTarget | null, container: HTMLElement): number | null {
  if (!(target instanceof Element)) return null;
  const row = target.closest(`[${INDEX_ATTRIBUTE}]`);
  if (!row || !container.contains(row)) return null;
  const index = Number(row.getAttribute(INDEX_ATTRIBUTE));
  return Number.isInteger(index) ? index : null;
}

export function useVirtualRows({ count, estimateSize, getItemKey, focusSelector, onEnd }: VirtualRowsOptions): VirtualRows {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(-1);
  // A row asked for focus before it was rendered (or before its page arrived): focused once it is.
  const pending = useRef<number | null>(null);
  const [, setFocusRequests] = useState(0);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (active >= 0 && active < range.count && !indexes.includes(active)) return [...indexes, active].sort((a, b) => a - b);
      return indexes;
    },
    [active],
  );

  // The virtualizer's methods return fresh values on every render, which the React Compiler could
  // not memoise safely; this build has no compiler, and nothing here memoises them either.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above: read fresh each render, never memoised.
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLElement>({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: OVERSCAN,
    rangeExtractor,
    indexAttribute: INDEX_ATTRIBUTE,
  });

  useEffect(() => {
    const index = pending.current;
    if (index === null || index >= count) return;
    const target = scrollRef.current?.querySelector<HTMLElement>(`[${INDEX_ATTRIBUTE}="${index}"] ${focusSelector}`);
    if (!target) return;
    pending.current = null;
    target.focus({ preventScroll: true });
    virtualizer.scrollToIndex(index, { align: 'auto' });
  });

  const focusRow = useCallback((index: number) => {
    const target = Math.max(0, index);
    pending.current = target;
    setActive(target);
    // A second request for the same row still has to focus it again.
    setFocusRequests((n) => n + 1);
  }, []);

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const index = rowIndexOf(event.target, event.currentTarget);
    if (index !== null) setActive(index);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.ctrlKey || event.metaKey || event.altKey || count === 0) return;
    const index = rowIndexOf(event.target, event.currentTarget);
    if (index === null) return;
    const rect = virtualizer.scrollRect;
    const page = Math.max(1, Math.floor((rect?.height ?? 0) / Math.max(1, estimateSize(index))) - 1);
    const last = count - 1;
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(last, index + 1);
        break;
      case 'ArrowUp':
        next = Math.max(0, index - 1);
        break;
      case 'PageDown':
        next = Math.min(last, index + page);
        break;
      case 'PageUp':
        next = Math.max(0, index - page);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        if (onEnd) {
          focusRow(last);
          void onEnd().then((end) => {
            if (end !== null) focusRow(end);
          });
          event.preventDefault();
          return;
        }
        break;
      default:
        return;
    }
    event.preventDefault();
    focusRow(next);
  };

  // The range as scrolled, without the pinned active row (getVirtualItems computes it first).
  virtualizer.getVirtualItems();
  const lastInView = virtualizer.range?.endIndex ?? -1;

  return { scrollRef, virtualizer, active, focusRow, lastInView, containerProps: { onFocus, onKeyDown } };
}
