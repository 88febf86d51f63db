// How a form deep inside a dialog tells the dialog it holds unsaved input, without props threaded
// through every level: Dialog provides the scope, each form calls useReportDirty(dirty). The dialog is
// dirty while any of its forms is, and then asks before Esc, Close or a click outside closes it.
import { createContext, useCallback, useContext, useEffect, useId, useState } from 'react';

type Report = (id: string, dirty: boolean) => void;

export const DirtyScope = createContext<Report | null>(null);

/** The dialog's side: which of its forms are dirty, and the reporter to provide to them. */
export function useDirtyScope(): { anyDirty: boolean; report: Report } {
  const [dirty, setDirty] = useState<ReadonlySet<string>>(() => new Set());
  const report = useCallback<Report>((id, isDirty) => {
    setDirty((previous) => {
      if (previous.has(id) === isDirty) return previous;
      const next = new Set(previous);
      if (isDirty) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  return { anyDirty: dirty.size > 0, report };
}

/** The form's side: reports whether it holds unsaved input, and that it holds none once it is gone. */
export function useReportDirty(dirty: boolean): void {
  const report = useContext(DirtyScope);
  const id = useId();
  useEffect(() => report?.(id, dirty), [report, id, dirty]);
  useEffect(() => () => report?.(id, false), [report, id]);
}
