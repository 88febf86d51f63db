// End to end through the real binary: a source given at import, `assay doc set` on one document or
// on every document whose origin matches, and `assay doc history`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentHistoryEntry, DocumentSummary, DocumentWithBody, ImportReport } from '../../api/types.js';
import { buildCli, isOneLineError, json, workspace, type Workspace } from './helpers.js';

let ws: Workspace;

beforeAll(() => {
  buildCli();
});

afterEach(() => ws.cleanup());

function writeCase(): { ministry: string; wires: string } {
  const ministry = join(ws.dir, 'reports', 'ministry');
  const wires = join(ws.dir, 'wires');
  mkdirSync(ministry, { recursive: true });
  mkdirSync(wires, { recursive: true });
  writeFileSync(join(ministry, 'statement.txt'), 'Ministry statement\n\nThe ministry denied any troop movement.\n');
  writeFileSync(join(ministry, 'briefing.txt'), 'Ministry briefing\n\nColumns of vehicles were seen near Brest.\n');
  writeFileSync(join(wires, 'story.txt'), 'Wire story\n\nA wire agency relayed the claim.\n');
  return { ministry, wires };
}

function docs(): DocumentSummary[] {
  return json<DocumentSummary[]>(ws.run(['docs', '--json']));
}

describe('assay doc set', () => {
  it('gives a source at import, then sets details on every document whose origin matches', () => {
    ws = workspace();
    const { ministry, wires } = writeCase();
    const imported = ws.run(['import', wires, '--source', 'Wire agency', '--json']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(json<ImportReport>(imported).added).toHaveLength(1);
    expect(ws.run(['import', ministry]).code).toBe(0);

    const set = ws.run(['doc', 'set', '--where', 'reports/ministry/*', '--source', 'Ministry of Defence', '--date', '2026-03-12T21:30+02:00', '--tag', 'official']);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toBe('Updated 2 documents\n');
    const bySource = Object.fromEntries(docs().map((d) => [d.title, [d.source, d.date, d.tags]]));
    expect(bySource).toEqual({
      'Wire story': ['Wire agency', null, []],
      'Ministry statement': ['Ministry of Defence', '2026-03-12T21:30+02:00', ['official']],
      'Ministry briefing': ['Ministry of Defence', '2026-03-12T21:30+02:00', ['official']],
    });
    expect(ws.run(['search', 'doctag:official', '--json']).stdout).toContain('Ministry briefing');
  });

  it('corrects one document’s title and note, clears a detail with an empty value, and keeps the history', () => {
    ws = workspace();
    writeCase();
    expect(ws.run(['import', join(ws.dir, 'reports'), join(ws.dir, 'wires')]).code).toBe(0);
    const story = docs().find((d) => d.title === 'Wire story');
    const id = String(story?.id);
    expect(ws.run(['doc', 'set', id, '--title', 'Wire story (AP)', '--source', 'AP', '--note', 'Relays the ministry.']).code).toBe(0);
    expect(ws.run(['doc', 'set', id, '--source', '']).stdout).toBe('Updated 1 document\n');
    const shown = json<DocumentWithBody>(ws.run(['show', id, '--json']));
    expect(shown).toMatchObject({ title: 'Wire story (AP)', source: null, note: 'Relays the ministry.' });
    const history = json<DocumentHistoryEntry[]>(ws.run(['doc', 'history', id, '--json']));
    expect(history.map((entry) => Object.keys(entry.changes).sort())).toEqual([['note', 'source', 'title'], ['source']]);
    expect(ws.run(['doc', 'history', id]).stdout).toMatch(/source: “AP” → \(none\)/);
  });

  it('refuses what it cannot do with one line and exit status 1', () => {
    ws = workspace();
    writeCase();
    expect(ws.run(['import', join(ws.dir, 'reports'), join(ws.dir, 'wires')]).code).toBe(0);
    for (const args of [
      ['doc', 'set', '1', '--date', '2026-02-30'],
      ['doc', 'set', '--source', 'x'],
      ['doc', 'set', '1', '2', '--title', 'Same title'],
      ['doc', 'set', '1'],
    ]) {
      const result = ws.run(args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(isOneLineError(result.stderr), result.stderr).toBe(true);
    }
    expect(ws.run(['doc', 'set', '1', '--date', '2026-02-30']).stderr).toMatch(/date: expected a date written YYYY-MM-DD/);
  });
});
