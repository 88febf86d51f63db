// `assay undo` through the real binary: list what can be undone, undo the latest, and a refusal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Change, ImportReport } from '../../api/types.js';
import { buildCli, json, workspace, type Workspace } from './helpers.js';

let ws: Workspace;
let bridgeId = '';

beforeEach(() => {
  buildCli();
  ws = workspace();
  const report = json<ImportReport>(ws.run(['import', ...ws.write(['bridge.txt']), '--json']));
  bridgeId = String(report.added[0]?.id);
});

afterEach(() => ws.cleanup());

describe('assay undo', () => {
  it('lists the changes that can be undone and undoes the latest', () => {
    expect(ws.run(['undo']).stdout.trim()).toBe('Nothing to undo.');
    expect(ws.run(['rm', bridgeId]).code).toBe(0);
    const [change] = json<Change[]>(ws.run(['undo', '--list', '--json']));
    expect(change?.kind).toBe('delete-document');
    expect(ws.run(['undo', '--list']).stdout).toContain(change?.label ?? '?');
    const undone = ws.run(['undo']);
    expect(undone.code, undone.stderr).toBe(0);
    expect(undone.stdout.trim()).toBe(`Undone: ${change?.label}`);
    expect(ws.run(['show', bridgeId]).code).toBe(0);
    const again = ws.run(['undo', String(change?.id)]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('it was already undone');
  });
});
