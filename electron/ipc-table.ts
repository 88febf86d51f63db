// Main's IPC table: one `handle` per WorkbenchApi method, derived from WORKBENCH_METHODS. Each
// call is checked (sender frame, payload shape, optional authorisation) before the core sees it.
// Takes an ipcMain-like object so it is tested without the Electron binary.
import { checkPayload } from '../api/method-schemas.js';
import type { ErrorCode, Result } from '../api/result.js';
import { ipcChannel } from '../api/transport.js';
import { WORKBENCH_METHODS, type WorkbenchMethod } from '../api/workbench-api.js';
import type { FrameGuard, FrameLike } from './sender-guard.js';

/** What the table reads of Electron's IpcMainInvokeEvent. */
export interface InvokeEventLike {
  readonly senderFrame: FrameLike | null;
}

export type InvokeListener = (event: InvokeEventLike, ...args: unknown[]) => unknown;

/** The part of Electron's ipcMain the table uses. */
export interface IpcMainLike {
  handle(channel: string, listener: InvokeListener): void;
}

/** Runs a checked call in the core (the utility process in the app, a Workbench in tests). */
export type CoreCall = (method: WorkbenchMethod, input: unknown) => Promise<Result<unknown>>;

/** A further, door-specific check on a well-formed payload: null to allow, else the reason. */
export type Authorize = (method: WorkbenchMethod, input: unknown) => string | null;

export interface WorkbenchIpcOptions {
  call: CoreCall;
  isTrustedSender: FrameGuard;
  authorize?: Authorize;
}

export const FOREIGN_SENDER_MESSAGE = 'Refused: the request did not come from the Assay window.';

function failure(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

export async function handleWorkbenchCall(method: WorkbenchMethod, event: InvokeEventLike, args: unknown[], options: WorkbenchIpcOptions): Promise<Result<unknown>> {
  if (!options.isTrustedSender(event.senderFrame)) return failure('bad-input', FOREIGN_SENDER_MESSAGE);
  if (args.length !== 1) return failure('bad-input', `${method} takes one object argument`);
  const input = args[0];
  const problem = checkPayload(method, input) ?? options.authorize?.(method, input) ?? null;
  if (problem !== null) return failure('bad-input', problem);
  try {
    return await options.call(method, input);
  } catch (error) {
    return failure('internal', `Assay hit an internal error (a bug): ${(error as Error).message}`);
  }
}

/** Registers every WorkbenchApi method on its channel, and nothing else. */
export function registerWorkbenchIpc(ipcMain: IpcMainLike, options: WorkbenchIpcOptions): void {
  for (const method of WORKBENCH_METHODS) {
    ipcMain.handle(ipcChannel(method), (event, ...args) => handleWorkbenchCall(method, event, args, options));
  }
}
