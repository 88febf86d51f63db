// Main's IPC table without the Electron binary: a recording ipcMain, the real sender guard, and
// behind `call` the real core (a Workbench on a temp SQLite file, relayed as the utility process is).
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../api/result.js';
import { ipcChannel } from '../../api/transport.js';
import type { SearchResult, WorkspaceInfo } from '../../api/types.js';
import { WORKBENCH_METHODS, type WorkbenchMethod } from '../../api/workbench-api.js';
import { registerWorkbenchIpc, type CoreCall } from '../../electron/ipc-table.js';
import { PathGrants } from '../../electron/path-grants.js';
import { createFrameGuard, type FrameLike } from '../../electron/sender-guard.js';
import { BAD_PAYLOADS } from '../support/bad-payloads.js';
import { appFrame, RecordingIpcMain } from './support/fake-electron.js';
import { createCoreRelay, type CoreRelay } from './support/core-relay.js';

let relay: CoreRelay;
let ipcMain: RecordingIpcMain;
let mainFrame: FrameLike;
let coreCalls: { method: WorkbenchMethod; input: unknown }[];
let grants: PathGrants;

beforeEach(async () => {
  relay = createCoreRelay();
  const opened = await relay.core.open(join(relay.dir, 'case.assay.db'));
  expect(opened.ok).toBe(true);
  ipcMain = new RecordingIpcMain();
  mainFrame = appFrame();
  coreCalls = [];
  grants = new PathGrants();
  const call: CoreCall = (method, input) => {
    coreCalls.push({ method, input });
    return relay.core.call(method, input);
  };
  registerWorkbenchIpc(ipcMain, {
    call,
    isTrustedSender: createFrameGuard(() => mainFrame),
    authorize: (method, input) => (method === 'importPaths' ? grants.check((input as { paths: string[] }).paths) : null),
  });
});

afterEach(() => relay.close());

const invoke = (method: WorkbenchMethod, ...args: unknown[]) => ipcMain.invoke(ipcChannel(method), mainFrame, ...args) as Promise<Result<unknown>>;

describe('registration', () => {
  it('registers every WorkbenchApi method on its channel, and nothing else', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(WORKBENCH_METHODS.map((method) => ipcChannel(method)).sort());
    expect(ipcMain.handlers.size).toBe(WORKBENCH_METHODS.length);
  });
});

describe('payload validation', () => {
  it.each([
    ['search with a number for a query', 'search', [{ query: 42 }]],
    ['an unknown key', 'search', [{ query: 'fire', evil: true }]],
    ['a non-object', 'getDocument', ['3']],
    ['null', 'listTags', [null]],
    ['an array', 'listDocuments', [[]]],
    ['no argument at all', 'getWorkspaceInfo', []],
    ['two arguments', 'listTags', [{}, {}]],
    ['a missing required field', 'getDocument', [{}]],
  ] as const)('refuses %s as bad-input without calling the core', async (_label, method, args) => {
    const result = await invoke(method, ...args);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(coreCalls).toEqual([]);
  });

  it.each(WORKBENCH_METHODS)('refuses a bad %s payload with the line that names the field', async (method) => {
    const bad = BAD_PAYLOADS[method];
    expect(await invoke(method, bad.input)).toEqual({ ok: false, error: { code: 'bad-input', message: bad.message } });
    expect(coreCalls).toEqual([]);
  });

  it('refuses importPaths on paths the analyst did not pick in the dialog', async () => {
    const result = await invoke('importPaths', { paths: ['/etc/passwd'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(coreCalls).toEqual([]);
  });
});

describe('sender frame', () => {
  it('refuses a frame showing a foreign page', async () => {
    mainFrame = { url: 'https://evil.example/' };
    const result = await ipcMain.invoke(ipcChannel('listTags'), mainFrame, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(coreCalls).toEqual([]);
  });

  it('refuses a subframe even on the app origin', async () => {
    const subframe = { url: 'assay://app/index.html' };
    const result = await ipcMain.invoke(ipcChannel('listTags'), subframe, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(coreCalls).toEqual([]);
  });

  it('refuses a missing frame (navigated away or destroyed)', async () => {
    const result = await ipcMain.invoke(ipcChannel('listTags'), null, {});
    expect(result).toMatchObject({ ok: false });
    expect(coreCalls).toEqual([]);
  });

  it('refuses look-alike origins', async () => {
    for (const url of ['assay://evil/index.html', 'file:///index.html', 'assay://user:pw@app/']) {
      mainFrame = { url };
      expect(await ipcMain.invoke(ipcChannel('listTags'), mainFrame, {})).toMatchObject({ ok: false });
    }
    expect(coreCalls).toEqual([]);
  });
});

describe('good calls reach the real core', () => {
  it('returns the core value in the ok envelope', async () => {
    const info = (await invoke('getWorkspaceInfo', {})) as Result<WorkspaceInfo>;
    expect(info.ok && info.value.path).toBe(join(relay.dir, 'case.assay.db'));
    expect(coreCalls).toEqual([{ method: 'getWorkspaceInfo', input: {} }]);
  });

  it('imports, searches and highlights through the table, with progress events', async () => {
    const imported = await invoke('importFiles', {
      files: [{ name: 'port.txt', content: Buffer.from('Port fire\n\nA fire broke out at the port on Monday.').toString('base64') }],
    });
    expect(imported).toMatchObject({ ok: true, value: { added: [{ title: 'Port fire' }] } });
    const found = (await invoke('search', { query: 'fire' })) as Result<SearchResult>;
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect(found.value.total).toBe(1);
    const id = found.value.hits[0]?.id;
    const highlight = await invoke('createAnnotation', { documentId: id, exact: 'broke out', tags: ['timeline'] });
    expect(highlight).toMatchObject({ ok: true, value: { exact: 'broke out', tags: ['timeline'] } });
    expect(relay.events.some((event) => event.type === 'progress')).toBe(true);
  });

  it('passes the core’s own refusals through with their code', async () => {
    expect(await invoke('getDocument', { id: 999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await invoke('search', { query: 'title:' })).toMatchObject({ ok: false });
  });

  it('allows importPaths on paths granted by the open dialog', async () => {
    const sample = join(import.meta.dirname, '..', '..', 'sample', 'corpus');
    grants.grant([sample]);
    const result = await invoke('importPaths', { paths: [sample] });
    expect(result).toMatchObject({ ok: true });
  });
});
