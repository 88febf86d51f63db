// Several processes may share one workspace (the CLI importing while the app is open): a write waits
// for another's transaction, and when the wait runs out the analyst is told so, in one place.
import { WorkbenchError } from '../api/result.js';

/** How long a write waits for another process's write to commit; ours never hold it near this long. */
export const BUSY_TIMEOUT_MS = 5000;

export const BUSY_MESSAGE = 'the workspace is busy: another Assay process is writing to it — try again when it finishes';

/** SQLITE_BUSY and SQLITE_LOCKED with their extended codes (SQLITE_BUSY_SNAPSHOT, …). */
export function isLockError(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)(_|$)/.test(code);
}

/** The analyst's version of a lock that outlasted the wait; anything else passes unchanged. */
export function translateLockError(error: unknown): unknown {
  // No subject: the remedy is to wait, not to choose another file.
  return isLockError(error) ? new WorkbenchError('busy', BUSY_MESSAGE) : error;
}

/** The same methods, each reporting a lock that outlasted the wait as a `busy` WorkbenchError. */
export function reportingBusy<T extends { [name: string]: (input: never) => Promise<unknown> }>(handlers: T): T {
  const wrapped: Record<string, (input: never) => Promise<unknown>> = {};
  for (const [name, handler] of Object.entries(handlers)) {
    wrapped[name] = async (input) => {
      try {
        return await handler.call(handlers, input);
      } catch (error) {
        throw translateLockError(error);
      }
    };
  }
  return wrapped as T;
}
