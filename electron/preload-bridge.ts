// What the sandboxed preload exposes to the page, and nothing more: window.assay (exactly the
// WorkbenchApi methods, one loop over the method table), window.assayEvents (WorkbenchEvents
// only) and window.assayShell (native file dialogs). Never ipcRenderer, a generic send, or a Proxy.
import { createWorkbenchClient } from '../api/client.js';
import type { Result } from '../api/result.js';
import { EVENTS_CHANNEL, ipcChannel, type WorkbenchEvent } from '../api/transport.js';
import { SHELL_CHANNELS, type AssayShell } from './shell-channels.js';

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

function isWorkbenchEvent(value: unknown): value is WorkbenchEvent {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

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

function createShell(ipcRenderer: IpcRendererLike): AssayShell {
  return {
    isDesktop: true,
    async openFiles() {
      const paths = await ipcRenderer.invoke(SHELL_CHANNELS.openFiles);
      return Array.isArray(paths) ? paths.filter((path): path is string => typeof path === 'string') : [];
    },
    async saveFile(suggestedName, content) {
      if (typeof suggestedName !== 'string' || typeof content !== 'string') throw new TypeError('saveFile needs a file name and text');
      return (await ipcRenderer.invoke(SHELL_CHANNELS.saveFile, { suggestedName, content })) === true;
    },
  };
}

export function exposeBridge(contextBridge: ContextBridgeLike, ipcRenderer: IpcRendererLike): void {
  const assay = createWorkbenchClient((method, input) => ipcRenderer.invoke(ipcChannel(method), input) as Promise<Result<unknown>>);
  contextBridge.exposeInMainWorld('assay', assay);
  contextBridge.exposeInMainWorld('assayEvents', createEvents(ipcRenderer));
  contextBridge.exposeInMainWorld('assayShell', createShell(ipcRenderer));
}
