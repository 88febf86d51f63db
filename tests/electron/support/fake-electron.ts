// Stand-ins for the few Electron objects the shell's pure modules take (ipcMain, frames,
// contextBridge, ipcRenderer): the Electron binary is absent here, so these record and relay.
import type { InvokeListener, IpcMainLike } from '../../../electron/ipc-table.js';
import type { ContextBridgeLike, IpcRendererLike, RendererListener } from '../../../electron/preload-bridge.js';
import type { FrameLike } from '../../../electron/sender-guard.js';

export class RecordingIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, InvokeListener>();

  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }

  /** Calls the channel's handler as Electron would for `ipcRenderer.invoke(channel, ...args)`. */
  async invoke(channel: string, senderFrame: FrameLike | null, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (listener === undefined) throw new Error(`No handler registered for '${channel}'`);
    return listener({ senderFrame }, ...args);
  }
}

export const appFrame = (): FrameLike => ({ url: 'assay://app/index.html' });

export class RecordingContextBridge implements ContextBridgeLike {
  readonly exposed = new Map<string, unknown>();

  exposeInMainWorld(apiKey: string, api: unknown): void {
    if (this.exposed.has(apiKey)) throw new Error(`${apiKey} exposed twice`);
    this.exposed.set(apiKey, api);
  }
}

/** An ipcRenderer that forwards invoke() to a RecordingIpcMain as the given frame. */
export class LoopbackIpcRenderer implements IpcRendererLike {
  readonly listeners = new Map<string, Set<RendererListener>>();
  readonly invoked: string[] = [];

  constructor(
    private readonly main: RecordingIpcMain,
    private readonly frame: FrameLike,
  ) {}

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push(channel);
    return this.main.invoke(channel, this.frame, ...structuredClone(args));
  }

  on(channel: string, listener: RendererListener): this {
    if (!this.listeners.has(channel)) this.listeners.set(channel, new Set());
    this.listeners.get(channel)?.add(listener);
    return this;
  }

  removeListener(channel: string, listener: RendererListener): this {
    this.listeners.get(channel)?.delete(listener);
    return this;
  }

  /** Delivers a message from main, as webContents.send would. */
  emit(channel: string, payload: unknown): void {
    for (const listener of this.listeners.get(channel) ?? []) listener({ sender: 'ipc-event' }, payload);
  }
}
