// What the sandboxed preload exposes to the page, and nothing more: window.assay (exactly the
// WorkbenchApi methods, one loop over the contract), window.assayEvents (WorkbenchEvents only) and
// window.assayShell (native file dialogs). Never ipcRenderer, a generic send, or a Proxy. Methods
// answer Results, not thrown errors: contextBridge would keep only an error's message.
import { createResultBridge } from '../api/contract.js';
import type { Result } from '../api/result.js';
import { SHELL_CONTRACT, type ShellBridge } from '../api/shell-api.js';
import { WORKBENCH_CONTRACT, type WorkbenchBridge } from '../api/workbench-api.js';
import { EVENTS_CHANNEL, ipcChannel, isWorkbenchEvent, shellChannel, type WorkbenchEvent } from '../api/transport.js';

/** The part of Electron's contextBridge the bridge uses. */
export interface ContextBridgeLike {
  exposeInMainWorld(apiKey: string, api: unknown): void;
}

export type RendererListener = (event: unknown, ...args: unknown[]) => void;

/** The part of Electron's ipcRenderer the bridge uses (kept inside the preload). */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: RendererListener): unknown;
  removeListener(channel: string, listener: RendererListener): unknown;
}

/** window.assayEvents */
export interface AssayEvents {
  /** Calls `callback` with every WorkbenchEvent; returns the unsubscribe function. */
  onEvent(callback: (event: WorkbenchEvent) => void): () => void;
}

export const BRIDGE_KEYS = ['assay', 'assayEvents', 'assayShell'] as const;

function createEvents(ipcRenderer: IpcRendererLike): AssayEvents {
  return {
    onEvent(callback) {
      if (typeof callback !== 'function') throw new TypeError('onEvent needs a function');
      // The IPC event object (with its sender) never reaches the page: only the payload does.
      const listener: RendererListener = (_event, payload) => {
        if (isWorkbenchEvent(payload)) callback(payload);
      };
      ipcRenderer.on(EVENTS_CHANNEL, listener);
      return () => {
        ipcRenderer.removeListener(EVENTS_CHANNEL, listener);
      };
    },
  };
}

function createShell(ipcRenderer: IpcRendererLike): ShellBridge {
  const methods = createResultBridge(SHELL_CONTRACT, (method, input) => ipcRenderer.invoke(shellChannel(method), input) as Promise<Result<unknown>>);
  return { isDesktop: true, ...methods };
}

export function exposeBridge(contextBridge: ContextBridgeLike, ipcRenderer: IpcRendererLike): void {
  const assay: WorkbenchBridge = createResultBridge(WORKBENCH_CONTRACT, (method, input) => ipcRenderer.invoke(ipcChannel(method), input) as Promise<Result<unknown>>);
  contextBridge.exposeInMainWorld('assay', assay);
  contextBridge.exposeInMainWorld('assayEvents', createEvents(ipcRenderer));
  contextBridge.exposeInMainWorld('assayShell', createShell(ipcRenderer));
}
