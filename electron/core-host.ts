// The core's side of the utility-process protocol, independent of Electron: holds the open
// Workbench, runs each call and answers it by id, swaps workspaces once running calls settle,
// and forwards import/indexing progress (throttled) and other processes' changes as WorkbenchEvents.
import { toResult, type BugReporter } from '../api/contract.js';
import type { Result } from '../api/result.js';
import type { ChangeTopic } from '../api/transport.js';
import type { ImportProgress, WorkspaceInfo } from '../api/types.js';
import type { WorkbenchApi, WorkbenchMethod } from '../api/workbench-api.js';
import { isCoreRequest, type CoreMessage } from './core-protocol.js';

export interface OpenedWorkbench extends WorkbenchApi {
  readonly path: string;
  /** The contract's input check, then the core, as a Result (db/workbench.ts). */
  dispatch(method: string, input: unknown, onBug?: BugReporter): Promise<Result<unknown>>;
  close(): void;
}

export type OpenWorkbench = (path: string, onProgress: (progress: ImportProgress) => void, onChange: (topics: ChangeTopic[]) => void) => OpenedWorkbench;

export interface CoreHost {
  /** Handles one message from the main process; resolves once it has been answered. */
  receive(message: unknown): Promise<void>;
  close(): void;
}

/** Passes on phase changes, the last step and at most one update per `intervalMs` in between. */
export function throttleProgress(emit: (progress: ImportProgress) => void, intervalMs = 100, now: () => number = Date.now): (progress: ImportProgress) => void {
  let lastPhase = '';
  let lastAt = -Infinity;
  return (progress) => {
    const at = now();
    if (progress.phase !== lastPhase || progress.done >= progress.total || at - lastAt >= intervalMs) {
      lastPhase = progress.phase;
      lastAt = at;
      emit(progress);
    }
  };
}

function logBug(method: string, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`assay core: internal error in ${method}: ${detail}\n`);
}

export function createCoreHost(open: OpenWorkbench, post: (message: CoreMessage) => void): CoreHost {
  let current: OpenedWorkbench | null = null;
  let switching: Promise<void> = Promise.resolve();
  const running = new Set<Promise<unknown>>();
  const onProgress = throttleProgress((progress) => post({ event: { type: 'progress', progress } }));
  const onChange = (topics: ChangeTopic[]): void => post({ event: { type: 'changed', topics } });

  async function call(method: WorkbenchMethod, input: unknown): Promise<Result<unknown>> {
    await switching;
    const workbench = current;
    if (workbench === null) return { ok: false, error: { code: 'workspace', message: 'No workspace is open.' } };
    const task = workbench.dispatch(method, input, logBug);
    running.add(task);
    try {
      return await task;
    } finally {
      running.delete(task);
    }
  }

  async function openPath(path: string): Promise<Result<WorkspaceInfo>> {
    const before = switching;
    let finished = (): void => undefined;
    switching = new Promise<void>((resolve) => (finished = resolve));
    try {
      await before;
      await Promise.allSettled([...running]);
      if (current === null || current.path !== path) {
        // Open the new file first: if it fails, the analyst keeps the workspace they had.
        const next = open(path, onProgress, onChange);
        current?.close();
        current = next;
      }
      return { ok: true, value: await current.getWorkspaceInfo({}) };
    } catch (error) {
      return toResult(error);
    } finally {
      finished();
    }
  }

  return {
    async receive(message) {
      if (!isCoreRequest(message)) return;
      const result = 'open' in message ? await openPath(message.open) : await call(message.method, message.input);
      post({ id: message.id, result });
    },
    close() {
      current?.close();
      current = null;
    },
  };
}
