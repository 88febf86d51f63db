// The desktop shell's contract on main's side: its channels, the sender check and input schema of
// the shared IPC table, a file name only (never a folder) taken from the page, and import grants.
import { describe, expect, it } from 'vitest';
import { PathGrants } from '../../electron/path-grants.js';
import { createFrameGuard } from '../../electron/sender-guard.js';
import { shellChannel } from '../../api/transport.js';
import { registerShellIpc, safeFileName } from '../../electron/shell-ipc.js';
import { appFrame, RecordingIpcMain } from './support/fake-electron.js';

function setUp() {
  const ipcMain = new RecordingIpcMain();
  const top = appFrame();
  const calls: string[] = [];
  registerShellIpc(
    ipcMain,
    createFrameGuard(() => top),
    {
      openFiles: async () => {
        calls.push('open');
        return ['/a.txt'];
      },
      saveFile: async ({ suggestedName }) => {
        calls.push(`save:${suggestedName}`);
        return true;
      },
    },
  );
  return { ipcMain, top, calls };
}

const OPEN = shellChannel('openFiles');
const SAVE = shellChannel('saveFile');

describe('shell IPC', () => {
  it('registers exactly its two channels', () => {
    expect([...setUp().ipcMain.handlers.keys()].sort()).toEqual([OPEN, SAVE].sort());
  });

  it('refuses foreign frames before any dialog opens', async () => {
    const { ipcMain, calls } = setUp();
    expect(await ipcMain.invoke(OPEN, { url: 'https://evil.example/' }, {})).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/did not come from the Assay window/) },
    });
    expect(await ipcMain.invoke(SAVE, appFrame(), { suggestedName: 'a', content: 'b' })).toMatchObject({ ok: false });
    expect(calls).toEqual([]);
  });

  it('opens and saves for our own frame', async () => {
    const { ipcMain, top, calls } = setUp();
    expect(await ipcMain.invoke(OPEN, top, {})).toEqual({ ok: true, value: ['/a.txt'] });
    expect(await ipcMain.invoke(SAVE, top, { suggestedName: '../../notes.md', content: '#' })).toEqual({ ok: true, value: true });
    expect(calls).toEqual(['open', 'save:notes.md']);
  });

  it.each([
    ['content that is not text', SAVE, [{ suggestedName: 'a', content: 1 }], 'content: expected a string'],
    ['a folder of its choosing', SAVE, [{ suggestedName: 'a', content: 'b', path: '/etc' }], 'path: not a field this call takes'],
    ['two arguments', SAVE, ['a', 'b'], 'saveFile takes one object argument'],
    ['an argument to openFiles', OPEN, [{ filters: ['*'] }], 'filters: not a field this call takes'],
  ])('refuses %s with a line naming the field, before any dialog opens', async (_label, channel, args, message) => {
    const { ipcMain, top, calls } = setUp();
    expect(await ipcMain.invoke(channel, top, ...args)).toEqual({ ok: false, error: { code: 'bad-input', message } });
    expect(calls).toEqual([]);
  });

  it('takes only a file name from the page', () => {
    expect(safeFileName('../../.bashrc')).toBe('.bashrc');
    expect(safeFileName('C:\\Windows\\evil.md')).toBe('evil.md');
    expect(safeFileName('..')).toBe('assay-export.txt');
    expect(safeFileName('notes\u0000.md')).toBe('notes.md');
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
