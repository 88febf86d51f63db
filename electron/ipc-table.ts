// Main's IPC tables: one `handle` per method of a contract (the WorkbenchApi, the shell's dialogs),
// one loop over it. Each call is checked (sender frame, the contract's input schema, optional
// authorisation) before anything runs. Takes an ipcMain-like object so it is tested without the Electron binary.
import { checkInput, methodNames, toResult, type Contract, type MethodName } from '../api/contract.js';
import type { ErrorCode, Result } from '../api/result.js';
import { ipcChannel } from '../api/transport.js';
import { WORKBENCH_CONTRACT, type WorkbenchMethod } from '../api/workbench-api.js';
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

/** Runs a checked call (in the core's utility process for the WorkbenchApi, in main for the shell). */
export type ContractCall<M extends string> = (method: M, input: unknown) => Promise<Result<unknown>>;
export type CoreCall = ContractCall<WorkbenchMethod>;

/** A further, door-specific check on a well-formed payload: null to allow, else the reason. */
export type Authorize<M extends string = WorkbenchMethod> = (method: M, input: unknown) => string | null;

export interface ContractIpcOptions<M extends string> {
  call: ContractCall<M>;
  isTrustedSender: FrameGuard;
  authorize?: Authorize<M>;
}
export type WorkbenchIpcOptions = ContractIpcOptions<WorkbenchMethod>;

export const FOREIGN_SENDER_MESSAGE = 'Refused: the request did not come from the Assay window.';

function failure(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

/** One call through the table: sender frame, one argument, the contract's input schema, authorisation, then `call`. */
export async function handleContractCall<C extends Contract>(
  contract: C,
  method: MethodName<C>,
  event: InvokeEventLike,
  args: unknown[],
  options: ContractIpcOptions<MethodName<C>>,
): Promise<Result<unknown>> {
  if (!options.isTrustedSender(event.senderFrame)) return failure('bad-input', FOREIGN_SENDER_MESSAGE);
  if (args.length !== 1) return failure('bad-input', `${method} takes one object argument`);
  const checked = checkInput(contract, method, args[0]);
  if (!checked.ok) return checked;
  const refusal = options.authorize?.(method, checked.value) ?? null;
  if (refusal !== null) return failure('bad-input', refusal);
  try {
    return await options.call(method, checked.value);
  } catch (error) {
    return toResult(error);
  }
}

/** Registers every method of a contract on its channel, and nothing else. */
export function registerContractIpc<C extends Contract>(
  ipcMain: IpcMainLike,
  contract: C,
  channelOf: (method: MethodName<C>) => string,
  options: ContractIpcOptions<MethodName<C>>,
): void {
  for (const method of methodNames(contract)) {
    ipcMain.handle(channelOf(method), (event, ...args) => handleContractCall(contract, method, event, args, options));
  }
}

/** Every WorkbenchApi method on its `assay:` channel. */
export function registerWorkbenchIpc(ipcMain: IpcMainLike, options: WorkbenchIpcOptions): void {
  registerContractIpc(ipcMain, WORKBENCH_CONTRACT, ipcChannel, options);
}
