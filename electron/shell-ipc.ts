// Main's handlers for the desktop shell API (native open/save dialogs) on their fixed channels,
// with the same sender check as the WorkbenchApi table. The dialogs themselves are injected.
import { basename } from 'node:path';
import type { IpcMainLike } from './ipc-table.js';
import { FOREIGN_SENDER_MESSAGE } from './ipc-table.js';
import type { FrameGuard } from './sender-guard.js';
import { SHELL_CHANNELS } from './shell-channels.js';

export interface ShellActions {
  /** Shows the native open dialog; the chosen paths, [] when cancelled. */
  openFiles(): Promise<string[]>;
  /** Shows the native save dialog and writes `content`; false when cancelled. */
  saveFile(suggestedName: string, content: string): Promise<boolean>;
}

export interface SaveRequest {
  suggestedName: string;
  content: string;
}

/** The save request when `args` is exactly one `{ suggestedName, content }`, else a reason. */
export function parseSaveRequest(args: unknown[]): SaveRequest | string {
  const [payload] = args;
  if (args.length !== 1 || typeof payload !== 'object' || payload === null || Array.isArray(payload)) return 'saveFile takes a name and the content';
  const record = payload as Record<string, unknown>;
  const extra = Object.keys(record).find((key) => key !== 'suggestedName' && key !== 'content');
  if (extra !== undefined) return `saveFile does not take "${extra}"`;
  if (typeof record.suggestedName !== 'string' || typeof record.content !== 'string') return 'saveFile: the name and the content must be text';
  // Only a file name is taken from the page: the folder is always the analyst's choice.
  const printable = [...record.suggestedName].filter((char) => char.charCodeAt(0) >= 0x20).join('');
  const name = basename(printable.replace(/\\/g, '/')).slice(0, 200);
  return { suggestedName: name === '' || name === '.' || name === '..' ? 'assay-export.txt' : name, content: record.content };
}

export function registerShellIpc(ipcMain: IpcMainLike, isTrustedSender: FrameGuard, actions: ShellActions): void {
  ipcMain.handle(SHELL_CHANNELS.openFiles, async (event, ...args) => {
    if (!isTrustedSender(event.senderFrame)) throw new Error(FOREIGN_SENDER_MESSAGE);
    if (args.length !== 0) throw new Error('openFiles takes no arguments');
    return actions.openFiles();
  });
  ipcMain.handle(SHELL_CHANNELS.saveFile, async (event, ...args) => {
    if (!isTrustedSender(event.senderFrame)) throw new Error(FOREIGN_SENDER_MESSAGE);
    const request = parseSaveRequest(args);
    if (typeof request === 'string') throw new Error(request);
    return actions.saveFile(request.suggestedName, request.content);
  });
}
