// Keeps the reader's scroll offset in the address and brings it back after a reload, a restart
// or back/forward. The reader is found by its class (.reader-scroll), so it needs no hook of ours.
import { useEffect, useState } from 'react';
import { noteScroll, saveScroll, useViewState } from './view-history.js';

const READER = '.reader-scroll';
/** Scroll writes are spaced out: the browser throttles a page that rewrites its address too often. */
const SAVE_AFTER_MS = 250;

interface Restore {
  doc: number;
  scroll: number;
  revision: number;
}

interface ReaderScrollInput {
  /** The document the reader shows (rendered), once it has loaded. */
  loadedId: number | undefined;
  /** The search has answered: its hits no longer move the reader to the first one. */
  searchSettled: boolean;
}

function restoreOf(view: { doc: number | null; scroll: number }, revision: number): Restore | null {
  return view.doc !== null && view.scroll > 0 ? { doc: view.doc, scroll: view.scroll, revision } : null;
}

export function useReaderScroll({ loadedId, searchSettled }: ReaderScrollInput): void {
  const { view, revision } = useViewState();
  // Armed by an arrival (the first render, back, forward) until reached or the analyst scrolls.
  const [restore, setRestore] = useState<Restore | null>(() => restoreOf(view, revision));
  const [armedFor, setArmedFor] = useState(revision);
  if (armedFor !== revision) {
    setArmedFor(revision);
    setRestore(restoreOf(view, revision));
  } else if (restore && view.doc !== restore.doc) {
    setRestore(null);
  }

  const armed = restore !== null;
  useEffect(() => {
    if (armed) return;
    let timer = 0;
    const onScroll = (event: Event): void => {
      const reader = event.target;
      if (!(reader instanceof HTMLElement) || !reader.matches(READER) || loadedId === undefined) return;
      noteScroll(loadedId, reader.scrollTop);
      window.clearTimeout(timer);
      timer = window.setTimeout(saveScroll, SAVE_AFTER_MS);
    };
    const onLeave = (): void => saveScroll();
    // Scroll events do not bubble: listen in the capture phase to hear the reader's.
    document.addEventListener('scroll', onScroll, true);
    window.addEventListener('pagehide', onLeave);
    return () => {
      document.removeEventListener('scroll', onScroll, true);
      window.removeEventListener('pagehide', onLeave);
      window.clearTimeout(timer);
      saveScroll();
    };
  }, [armed, loadedId]);

  useEffect(() => {
    if (!restore || loadedId !== restore.doc) return;
    const reader = document.querySelector<HTMLElement>(READER);
    if (!reader) return;
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      setRestore((current) => (current === restore ? null : current));
    };
    // The body renders a frame at a time and the first search hit may pull the view to itself:
    // set the offset again as the text grows, until it holds with the search answered.
    const apply = (): void => {
      if (finished) return;
      reader.scrollTop = restore.scroll;
      if (searchSettled && Math.abs(reader.scrollTop - restore.scroll) <= 1) queueMicrotask(finish);
    };
    const growth = new ResizeObserver(apply);
    growth.observe(reader.firstElementChild ?? reader);
    apply();
    // The analyst taking over ends it.
    const events = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;
    for (const name of events) reader.addEventListener(name, finish, { passive: true });
    return () => {
      growth.disconnect();
      for (const name of events) reader.removeEventListener(name, finish);
    };
  }, [restore, loadedId, searchSettled]);
}
