// Runs a workspace action from a dialog and keeps what the analyst should read about it: the
// core's message when it failed (for an alert), or a line saying what was done (for a status).
import { useCallback, useState } from 'react';
import { errorMessage } from '../api/workbench-client.js';

/** Runs `action`; resolves to whether it succeeded, with `done` as the status line. */
export type ReportedRun = (action: () => Promise<unknown>, done?: string) => Promise<boolean>;

export function useReportedAction(): { error: string | null; status: string; run: ReportedRun } {
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const run = useCallback<ReportedRun>(async (action, done) => {
    setError(null);
    try {
      await action();
      setStatus(done ?? '');
      return true;
    } catch (failure) {
      setError(errorMessage(failure));
      setStatus('');
      return false;
    }
  }, []);
  return { error, status, run };
}
