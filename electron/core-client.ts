// The main process's side of the core: starts the utility process, relays calls to it and
// their answers back by id, passes its events on, and restarts it (reopening the workspace)
// if it dies, so one crash costs the calls in flight, not the session.
import type { Result } from '../api/result.js';
import type { WorkbenchEvent } from '../api/transport.js';
import type { WorkbenchMethod } from '../api/workbench-api.js';
import { isCoreMessage, type CoreRequest, type OpenResult } from './core-protocol.js';

/** The part of Electron's UtilityProcess the client uses. */
export interface CoreProcessLike {
  postMessage(message: CoreRequest): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

export interface CoreClientOptions {
  spawn(): CoreProcessLike;
  onEvent(event: WorkbenchEvent): void;
}

export interface CoreClient {
  call(method: WorkbenchMethod, input: unknown): Promise<Result<unknown>>;
  /** Opens (or creates) a workspace file; the previous one stays open if this fails. */
  open(path: string): Promise<OpenResult>;
  /** The last workspace opened successfully. */
  readonly workspacePath: string | null;
  dispose(): void;
}

export function createCoreClient(options: CoreClientOptions): CoreClient {
  let child: CoreProcessLike | null = null;
  let workspacePath: string | null = null;
  let nextId = 1;
  let disposed = false;
  const pending = new Map<number, (result: Result<unknown>) => void>();

  function start(): CoreProcessLike {
    const started = options.spawn();
    started.on('message', (message) => {
      if (!isCoreMessage(message)) return;
      if ('event' in message) return options.onEvent(message.event);
      const settle = pending.get(message.id);
      pending.delete(message.id);
      settle?.(message.result);
    });
    started.on('exit', (code) => {
      if (child === started) child = null;
      const stopped: Result<never> = { ok: false, error: { code: 'internal', message: `The Assay core stopped unexpectedly (exit code ${code}); please try again.` } };
      for (const settle of pending.values()) settle(stopped);
      pending.clear();
    });
    // A restarted core reopens the workspace before any other call (the host runs them in order).
    if (workspacePath !== null) started.postMessage({ id: nextId++, open: workspacePath });
    return started;
  }

  function send(request: (id: number) => CoreRequest): Promise<Result<unknown>> {
    if (disposed) return Promise.resolve({ ok: false, error: { code: 'internal', message: 'Assay is closing.' } });
    child ??= start();
    const id = nextId++;
    const answer = new Promise<Result<unknown>>((resolve) => pending.set(id, resolve));
    child.postMessage(request(id));
    return answer;
  }

  return {
    call: (method, input) => send((id) => ({ id, method, input })),
    async open(path) {
      const result = (await send((id) => ({ id, open: path }))) as OpenResult;
      if (result.ok) workspacePath = result.value.path;
      return result;
    },
    get workspacePath() {
      return workspacePath;
    },
    dispose() {
      disposed = true;
      child?.kill();
      child = null;
    },
  };
}
