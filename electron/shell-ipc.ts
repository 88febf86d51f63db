// Main's handlers for the desktop shell's contract (api/shell-api.ts: native open/save dialogs),
// registered by the same IPC table as the WorkbenchApi: sender check, input schema, Result. The
// dialogs themselves are injected; only a file name, never a folder, is taken from the page.
import { basename } from 'node:path';
import { dispatch } from '../api/contract.js';
import { SHELL_CONTRACT, type ShellHandlers } from '../api/shell-api.js';
import { shellChannel } from '../api/transport.js';
import { registerContractIpc, type IpcMainLike } from './ipc-table.js';
import type { FrameGuard } from './sender-guard.js';

/** The file name part of what the page suggests, printable, never a path; a default if nothing is left. */
export function safeFileName(suggested: string): string {
  const printable = [...suggested].filter((char) => char.charCodeAt(0) >= 0x20).join('');
  const name = basename(printable.replace(/\\/g, '/')).slice(0, 200);
  return name === '' || name === '.' || name === '..' ? 'assay-export.txt' : name;
}

export function registerShellIpc(ipcMain: IpcMainLike, isTrustedSender: FrameGuard, actions: ShellHandlers): void {
  const handlers: ShellHandlers = {
    openFiles: (input) => actions.openFiles(input),
    saveFile: ({ suggestedName, content }) => actions.saveFile({ suggestedName: safeFileName(suggestedName), content }),
  };
  registerContractIpc(ipcMain, SHELL_CONTRACT, shellChannel, {
    isTrustedSender,
    call: (method, input) => dispatch(SHELL_CONTRACT, handlers, method, input),
  });
}
