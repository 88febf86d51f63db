// The workbench's side of the address: which document is open (opening one is a history entry),
// the reader's scroll kept and restored, and a short notice when an address could not be used
// whole (a bad filter value, a document that is gone) instead of a blank or broken screen.
import { useCallback, useEffect, useState } from 'react';
import { isWorkbenchError } from '../../api/result.js';
import { errorMessage } from '../api/workbench-client.js';
import { useDocument, useWorkspaceInfo } from '../features/reader/use-document.js';
import { useReaderScroll } from './use-reader-scroll.js';
import { problemsNotice } from './url-state.js';
import { claimViewFor, openDocument, replaceView, useViewState } from './view-history.js';

interface UrlViewInput {
  /** The document the reader has rendered, once loaded. */
  loadedId: number | undefined;
  /** The search has answered (see useReaderScroll). */
  searchSettled: boolean;
}

export interface UrlView {
  /** The open document (open another with view-history's openDocument). */
  openId: number | null;
  notice: string | null;
  dismissNotice: () => void;
}

function isMissingDocument(error: unknown): boolean {
  if (isWorkbenchError(error)) return error.code === 'not-found';
  // The desktop bridge passes only the message.
  return /\bNo document #\d+ in this workspace\b/.test(errorMessage(error));
}

export function useUrlView({ loadedId, searchSettled }: UrlViewInput): UrlView {
  const { view, problems, revision } = useViewState();
  const [notice, setNotice] = useState<string | null>(null);

  // Each arrival with parts that cannot be used says so once, then the address drops them.
  const [noticedRevision, setNoticedRevision] = useState<number | null>(null);
  if (noticedRevision !== revision) {
    setNoticedRevision(revision);
    if (problems.length > 0) setNotice(problemsNotice(problems));
  }
  useEffect(() => {
    if (problems.length > 0) replaceView(view);
  }, [problems, view]);

  const workspacePath = useWorkspaceInfo().data?.path;
  useEffect(() => {
    if (workspacePath !== undefined) claimViewFor(workspacePath);
  }, [workspacePath]);

  // Shares the reader's query (same key): no second fetch.
  const doc = useDocument(view.doc);
  const missing = view.doc !== null && doc.isError && isMissingDocument(doc.error) ? view.doc : null;
  const [noticedMissing, setNoticedMissing] = useState<number | null>(null);
  if (missing !== noticedMissing) {
    setNoticedMissing(missing);
    const gone = `Document #${missing} is not in this workspace any more, so it was not opened.`;
    // After what the same address could not use, if that is still shown.
    if (missing !== null) setNotice((shown) => (shown === null ? gone : `${shown} ${gone}`));
  }
  useEffect(() => {
    if (missing !== null) openDocument(null);
  }, [missing]);

  useReaderScroll({ loadedId, searchSettled });

  const dismissNotice = useCallback(() => setNotice(null), []);
  return { openId: view.doc, notice, dismissNotice };
}
