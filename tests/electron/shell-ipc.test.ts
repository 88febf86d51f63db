// The desktop shell API's main-side handlers: fixed channels, sender check, a file name only
// (never a folder) taken from the page, and import grants for picked paths.
import { describe, expect, it } from 'vitest';
import { PathGrants } from '../../electron/path-grants.js';
import { createFrameGuard } from '../../electron/sender-guard.js';
import { SHELL_CHANNELS } from '../../electron/shell-channels.js';
import { parseSaveRequest, registerShellIpc } from '../../electron/shell-ipc.js';
import { appFrame, RecordingIpcMain } from './support/fake-electron.js';

function setUp() {
  const ipcMain = new RecordingIpcMain();
  const top = appFrame();
  const calls: string[] = [];
  registerShellIpc(ipcMain, createFrameGuard(() => top), {
    openFiles: async () => {
      calls.push('open');
      return ['/a.txt'];
    },
    saveFile: async (name) => {
      calls.push(`save:${name}`);
      return true;
    },
  });
  return { ipcMain, top, calls };
}

describe('shell IPC', () => {
  it('registers exactly its two channels', () => {
    expect([...setUp().ipcMain.handlers.keys()].sort()).toEqual([SHELL_CHANNELS.openFiles, SHELL_CHANNELS.saveFile].sort());
  });

  it('refuses foreign frames before any dialog opens', async () => {
    const { ipcMain, calls } = setUp();
    await expect(ipcMain.invoke(SHELL_CHANNELS.openFiles, { url: 'https://evil.example/' })).rejects.toThrow(/did not come from the Assay window/);
    await expect(ipcMain.invoke(SHELL_CHANNELS.saveFile, appFrame(), { suggestedName: 'a', content: 'b' })).rejects.toThrow();
    expect(calls).toEqual([]);
  });

  it('opens and saves for our own frame', async () => {
    const { ipcMain, top, calls } = setUp();
    expect(await ipcMain.invoke(SHELL_CHANNELS.openFiles, top)).toEqual(['/a.txt']);
    expect(await ipcMain.invoke(SHELL_CHANNELS.saveFile, top, { suggestedName: 'notes.md', content: '#' })).toBe(true);
    expect(calls).toEqual(['open', 'save:notes.md']);
  });

  it('takes only a file name from the page', () => {
    expect(parseSaveRequest([{ suggestedName: '../../.bashrc', content: 'x' }])).toEqual({ suggestedName: '.bashrc', content: 'x' });
    expect(parseSaveRequest([{ suggestedName: 'C:\\Windows\\evil.md', content: 'x' }])).toEqual({ suggestedName: 'evil.md', content: 'x' });
    expect(parseSaveRequest([{ suggestedName: '..', content: 'x' }])).toEqual({ suggestedName: 'assay-export.txt', content: 'x' });
    expect(parseSaveRequest([{ suggestedName: 'a', content: 1 }])).toMatch(/must be text/);
    expect(parseSaveRequest([{ suggestedName: 'a', content: 'b', path: '/etc' }])).toMatch(/does not take "path"/);
    expect(parseSaveRequest(['a', 'b'])).toMatch(/takes a name/);
  });
});

describe('path grants', () => {
  it('allows only paths picked in the dialog', () => {
    const grants = new PathGrants();
    grants.grant(['/home/analyst/report.txt']);
    expect(grants.check(['/home/analyst/report.txt', '/home/analyst/./report.txt'])).toBeNull();
    expect(grants.check(['/home/analyst/report.txt', '/etc/shadow'])).toMatch(/\/etc\/shadow/);
  });
});
