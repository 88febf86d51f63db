// The preload's generated surface: exactly the WorkbenchApi methods, the events subscription and
// the shell API, over a loopback ipcRenderer into main's real IPC table and the real core.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENTS_CHANNEL, ipcChannel, type WorkbenchEvent } from '../../api/transport.js';
import { WORKBENCH_METHODS, type WorkbenchApi } from '../../api/workbench-api.js';
import { registerWorkbenchIpc } from '../../electron/ipc-table.js';
import { BRIDGE_KEYS, exposeBridge, type AssayEvents } from '../../electron/preload-bridge.js';
import { createFrameGuard } from '../../electron/sender-guard.js';
import { SHELL_CHANNELS, type AssayShell } from '../../electron/shell-channels.js';
import { registerShellIpc } from '../../electron/shell-ipc.js';
import { appFrame, LoopbackIpcRenderer, RecordingContextBridge, RecordingIpcMain } from './support/fake-electron.js';
import { createCoreRelay, type CoreRelay } from './support/core-relay.js';

let relay: CoreRelay;
let bridge: RecordingContextBridge;
let renderer: LoopbackIpcRenderer;
const saved: { name: string; content: string }[] = [];

beforeEach(async () => {
  relay = createCoreRelay();
  await relay.core.open(join(relay.dir, 'bridge.assay.db'));
  const ipcMain = new RecordingIpcMain();
  const frame = appFrame();
  const guard = createFrameGuard(() => frame);
  registerWorkbenchIpc(ipcMain, { call: relay.core.call, isTrustedSender: guard });
  registerShellIpc(ipcMain, guard, {
    openFiles: async () => ['/home/analyst/report.txt'],
    saveFile: async (name, content) => {
      saved.push({ name, content });
      return true;
    },
  });
  bridge = new RecordingContextBridge();
  renderer = new LoopbackIpcRenderer(ipcMain, frame);
  exposeBridge(bridge, renderer);
});

afterEach(() => {
  relay.close();
  saved.length = 0;
});

const assay = () => bridge.exposed.get('assay') as WorkbenchApi;
const events = () => bridge.exposed.get('assayEvents') as AssayEvents;
const shell = () => bridge.exposed.get('assayShell') as AssayShell;

describe('exposed surface', () => {
  it('exposes window.assay, window.assayEvents and window.assayShell only', () => {
    expect([...bridge.exposed.keys()]).toEqual([...BRIDGE_KEYS]);
  });

  it('window.assay has exactly the WorkbenchApi methods, all functions', () => {
    const api = assay() as unknown as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...WORKBENCH_METHODS].sort());
    for (const method of WORKBENCH_METHODS) expect(typeof api[method]).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
    expect(Object.getPrototypeOf(api)).toBe(Object.prototype);
  });

  it('window.assayEvents has only onEvent; window.assayShell only its three members', () => {
    expect(Object.keys(events())).toEqual(['onEvent']);
    expect(Object.keys(shell()).sort()).toEqual(['isDesktop', 'openFiles', 'saveFile']);
    expect(shell().isDesktop).toBe(true);
  });

  it('nothing exposed is or holds the ipcRenderer', () => {
    for (const value of bridge.exposed.values()) {
      expect(value).not.toBe(renderer);
      for (const member of Object.values(value as object)) expect(member).not.toBe(renderer);
    }
  });
});

describe('calls', () => {
  it('each method invokes its own channel and resolves to the core value', async () => {
    const info = await assay().getWorkspaceInfo({});
    expect(info.path).toBe(join(relay.dir, 'bridge.assay.db'));
    expect(await assay().listTags({})).toEqual([]);
    expect(renderer.invoked).toEqual([ipcChannel('getWorkspaceInfo'), ipcChannel('listTags')]);
  });

  it('a refused call rejects with the analyst message', async () => {
    await expect(assay().search({ query: 42 as unknown as string })).rejects.toThrow(/search: "query" must be string/);
    await expect(assay().getDocument({ id: 12345 })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('the shell API uses its fixed channels', async () => {
    expect(await shell().openFiles()).toEqual(['/home/analyst/report.txt']);
    expect(await shell().saveFile('../../notes.md', '# Notes')).toBe(true);
    expect(saved).toEqual([{ name: 'notes.md', content: '# Notes' }]);
    expect(renderer.invoked).toEqual([SHELL_CHANNELS.openFiles, SHELL_CHANNELS.saveFile]);
    await expect(shell().saveFile(7 as unknown as string, 'x')).rejects.toThrow(TypeError);
  });
});

describe('events', () => {
  it('delivers WorkbenchEvents from EVENTS_CHANNEL only, without the IPC event object, until unsubscribed', () => {
    const seen = vi.fn<(event: WorkbenchEvent) => void>();
    const unsubscribe = events().onEvent(seen);
    const menu: WorkbenchEvent = { type: 'menu', command: 'import' };
    renderer.emit(EVENTS_CHANNEL, menu);
    renderer.emit('assay:other', { type: 'menu', command: 'export' });
    renderer.emit(EVENTS_CHANNEL, 'not an event');
    expect(seen.mock.calls).toEqual([[menu]]);
    unsubscribe();
    renderer.emit(EVENTS_CHANNEL, menu);
    expect(seen).toHaveBeenCalledTimes(1);
    expect(renderer.listeners.get(EVENTS_CHANNEL)?.size).toBe(0);
  });

  it('subscribes only to EVENTS_CHANNEL', () => {
    events().onEvent(() => undefined);
    expect([...renderer.listeners.keys()]).toEqual([EVENTS_CHANNEL]);
  });
});
