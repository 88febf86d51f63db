// The preload's generated surface: exactly the WorkbenchApi methods, the events subscription and
// the shell API, over a loopback ipcRenderer into main's real IPC table and the real core.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENTS_CHANNEL, ipcChannel, shellChannel, type WorkbenchEvent } from '../../api/transport.js';
import { WORKBENCH_CONTRACT, WORKBENCH_METHODS, type WorkbenchApi, type WorkbenchBridge } from '../../api/workbench-api.js';
import { registerWorkbenchIpc } from '../../electron/ipc-table.js';
import { BRIDGE_KEYS, exposeBridge, type AssayEvents } from '../../electron/preload-bridge.js';
import { createFrameGuard } from '../../electron/sender-guard.js';
import { clientOfBridge } from '../../api/contract.js';
import { SHELL_CONTRACT, type AssayShell, type ShellBridge } from '../../api/shell-api.js';
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
    saveFile: async ({ suggestedName: name, content }) => {
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

/** The page's clients over what the preload exposed, built as renderer/api/bridge.ts builds them. */
const assay = (): WorkbenchApi => clientOfBridge(WORKBENCH_CONTRACT, bridge.exposed.get('assay') as WorkbenchBridge);
const events = () => bridge.exposed.get('assayEvents') as AssayEvents;
const shell = (): AssayShell => ({ isDesktop: true, ...clientOfBridge(SHELL_CONTRACT, bridge.exposed.get('assayShell') as ShellBridge) });

describe('exposed surface', () => {
  it('exposes window.assay, window.assayEvents and window.assayShell only', () => {
    expect([...bridge.exposed.keys()]).toEqual([...BRIDGE_KEYS]);
  });

  it('window.assay has exactly the WorkbenchApi methods, all functions', () => {
    const api = bridge.exposed.get('assay') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...WORKBENCH_METHODS].sort());
    for (const method of WORKBENCH_METHODS) expect(typeof api[method]).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
    expect(Object.getPrototypeOf(api)).toBe(Object.prototype);
  });

  it('window.assayEvents has only onEvent; window.assayShell only its three members', () => {
    expect(Object.keys(events())).toEqual(['onEvent']);
    const exposed = bridge.exposed.get('assayShell') as ShellBridge;
    expect(Object.keys(exposed).sort()).toEqual(['isDesktop', 'openFiles', 'saveFile']);
    expect(exposed.isDesktop).toBe(true);
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
    await expect(assay().search({ query: 42 as unknown as string })).rejects.toThrow('query: expected a string');
    await expect(assay().getDocument({ id: 12345 })).rejects.toMatchObject({ code: 'not-found', subject: 'document' });
    // What crosses contextBridge is a plain Result, so code and subject survive the copy.
    expect(await (bridge.exposed.get('assay') as WorkbenchBridge).getDocument({ id: 12345 })).toMatchObject({
      ok: false,
      error: { code: 'not-found', subject: 'document' },
    });
  });

  it('the shell API is a client of its contract, on its own channels', async () => {
    expect(await shell().openFiles({})).toEqual(['/home/analyst/report.txt']);
    expect(await shell().saveFile({ suggestedName: '../../notes.md', content: '# Notes' })).toBe(true);
    expect(saved).toEqual([{ name: 'notes.md', content: '# Notes' }]);
    expect(renderer.invoked).toEqual([shellChannel('openFiles'), shellChannel('saveFile')]);
    await expect(shell().saveFile({ suggestedName: 7 as unknown as string, content: 'x' })).rejects.toMatchObject({
      code: 'bad-input',
      message: 'suggestedName: expected a string',
    });
    expect(saved).toHaveLength(1);
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
