// Brings things into view in the reader: the current search hit after n / N, and a highlight
// asked for by the notes panel (or just created), which is scrolled to, focused and flashed.
import { useEffect, useEffectEvent, useState, type RefObject } from 'react';
import type { Annotation } from '../../../api/types.js';

export interface FocusRequest {
  annotationId: string;
  /** Increasing (a timestamp): a request is served once, and never after a newer one. */
  nonce: number;
}

interface RevealInput {
  rootRef: RefObject<HTMLDivElement | null>;
  focus: FocusRequest | null;
  annotations: Annotation[];
  hits: readonly (readonly [number, number])[];
  currentHit: number;
  hitRequest: number;
  onFocused: () => void;
}

function scrollBehavior(): ScrollBehavior {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}

/** Returns the body offset that must be rendered now for the pending reveal. */
export function useRevealEffects({ rootRef, focus, annotations, hits, currentHit, hitRequest, onFocused }: RevealInput): number | null {
  const [handled, setHandled] = useState(0);
  const pending = focus !== null && focus.nonce > handled;
  const target = pending ? annotations.find((a) => a.id === focus.annotationId) : undefined;

  useEffect(() => {
    const root = rootRef.current;
    if (!target || !focus || !root) return;
    const marks = root.querySelectorAll<HTMLElement>(`[data-annotation-id="${CSS.escape(target.id)}"]`);
    const first = root.querySelector<HTMLElement>(`[data-annotation-id="${CSS.escape(target.id)}"][data-first]`) ?? marks[0];
    if (first) {
      // Instant: a jump from the notes panel should land at once, whatever else re-renders meanwhile.
      first.scrollIntoView({ block: 'center' });
      first.focus({ preventScroll: true });
      marks.forEach((mark) => mark.classList.add('anno--flash'));
      window.setTimeout(() => marks.forEach((mark) => mark.classList.remove('anno--flash')), 1600);
    }
    setHandled(focus.nonce);
    onFocused();
  }, [target, focus, rootRef, onFocused]);

  const scrollToHit = useEffectEvent(() => {
    const root = rootRef.current;
    if (pending || !root || hits.length === 0) return;
    const mark = root.querySelector<HTMLElement>(`[data-hit="${currentHit}"]`);
    mark?.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
  });
  // Only a new request scrolls; later re-renders must not pull the view back.
  useEffect(() => scrollToHit(), [hitRequest]);

  if (target) return target.start;
  const hit = hits[currentHit];
  return hit ? hit[0] : null;
}
