// The address as the one store of the view (url-state.ts says what it holds): read through
// useViewState, written with pushState for a new place (a search submitted or first typed, a
// filter, a document opened) and replaceState for the same place (more typing, scrolling), so
// back and forward step through searches and documents, never keystrokes. The last address is
// also kept in localStorage: the desktop app restarts on a bare assay://app/index.html.
import { useSyncExternalStore } from 'react';
import { parseViewHash, sameFilters, sameSearch, viewHash, type ParsedView, type ViewState } from './url-state.js';

const LAST_VIEW_KEY = 'assay.lastView';
/** The workspace the kept view belongs to: a document number means nothing in another one. */
const VIEW_WORKSPACE_KEY = 'assay.lastViewWorkspace';

export interface ViewSnapshot extends ParsedView {
  /** Counts arrivals from outside (back, forward, an edited address); our own writes keep it. */
  revision: number;
}

let revision = 0;
let cached: { hash: string; revision: number; snapshot: ViewSnapshot } | null = null;
/** The current entry was made by typing: more typing replaces it rather than adding another. */
let typing = false;
/** The reader's latest offset, not yet written (scroll writes are spaced out). */
let pendingScroll: { doc: number; scroll: number } | null = null;
const listeners = new Set<() => void>();

function snapshot(): ViewSnapshot {
  const hash = window.location.hash;
  if (cached?.hash !== hash || cached.revision !== revision) {
    cached = { hash, revision, snapshot: { ...parseViewHash(hash), revision } };
  }
  return cached.snapshot;
}

function remember(hash: string): void {
  try {
    localStorage.setItem(LAST_VIEW_KEY, hash);
  } catch {
    // Not kept for the next start this time; the address still has it.
  }
}

function notify(): void {
  for (const listener of listeners) listener();
}

function onArrival(): void {
  revision += 1;
  typing = false;
  pendingScroll = null;
  remember(window.location.hash);
  notify();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('popstate', onArrival);
    window.addEventListener('hashchange', onArrival);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener('popstate', onArrival);
      window.removeEventListener('hashchange', onArrival);
    }
  };
}

function write(view: ViewState, mode: 'push' | 'replace'): void {
  const hash = viewHash(view);
  if (hash === window.location.hash) return;
  const url = `${window.location.pathname}${window.location.search}${hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  remember(hash);
  notify();
}

/** Writes the reader's latest offset into the current entry before leaving it. */
function settleScroll(): void {
  const view = snapshot().view;
  if (pendingScroll && pendingScroll.doc === view.doc) write({ ...view, scroll: pendingScroll.scroll }, 'replace');
  pendingScroll = null;
}

/** Before the first render: a bare address (a restart) takes the last view, if one was kept. */
export function restoreLastView(): void {
  if (window.location.hash !== '') return;
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(LAST_VIEW_KEY);
  } catch {
    return;
  }
  if (saved?.startsWith('#')) window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${saved}`);
}

export function useViewState(): ViewSnapshot {
  return useSyncExternalStore(subscribe, snapshot);
}

/** The search settled while typing (or a filter changed): a new entry, then the same one. */
export function saveSearch(search: Pick<ViewState, 'query' | 'filters'>): void {
  const view = snapshot().view;
  if (sameSearch(view, search)) return;
  const filterChange = !sameFilters(view.filters, search.filters);
  const mode = typing && !filterChange ? 'replace' : 'push';
  if (mode === 'push') settleScroll();
  write({ ...snapshot().view, query: search.query.trim(), filters: search.filters }, mode);
  typing = !filterChange;
}

/** The search was submitted (Enter): it is an entry of its own, and the next typing starts another. */
export function submitSearch(search: Pick<ViewState, 'query' | 'filters'>): void {
  const view = snapshot().view;
  if (!sameSearch(view, search)) {
    if (!typing) settleScroll();
    write({ ...snapshot().view, query: search.query.trim(), filters: search.filters }, typing ? 'replace' : 'push');
  }
  typing = false;
}

/** Opens a document as a new entry; closing one (it was removed) only rewrites the current entry. */
export function openDocument(doc: number | null): void {
  const view = snapshot().view;
  if (view.doc === doc) return;
  typing = false;
  if (doc === null) {
    pendingScroll = null;
    write({ ...view, doc: null, scroll: 0 }, 'replace');
    return;
  }
  settleScroll();
  write({ ...snapshot().view, doc, scroll: 0 }, 'push');
}

/** The reader showing `doc` scrolled to `scroll`: kept at once, written by saveScroll. */
export function noteScroll(doc: number, scroll: number): void {
  if (snapshot().view.doc === doc) pendingScroll = { doc, scroll };
}

export function saveScroll(): void {
  settleScroll();
}

/** Rewrites the current entry without what could not be used (see ParsedView.problems). */
export function replaceView(view: ViewState): void {
  write(view, 'replace');
}

/**
 * Once the workspace is known: a view kept for another workspace (the desktop's File › Open
 * reloads the page on its address; a host restarted on another file) starts afresh instead.
 */
export function claimViewFor(workspacePath: string): void {
  let owner: string | null = null;
  try {
    owner = localStorage.getItem(VIEW_WORKSPACE_KEY);
    localStorage.setItem(VIEW_WORKSPACE_KEY, workspacePath);
  } catch {
    return;
  }
  if (owner === null || owner === workspacePath || window.location.hash === '') return;
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
  onArrival();
}
