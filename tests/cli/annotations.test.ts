// End to end through the real binary: annotating with every assessment, listing and filtering
// highlights, their history, and managing tags by name.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation, AnnotationHistoryEntry, DocumentWithBody, ImportReport, Tag } from '../../api/types.js';
import { buildCli, isOneLineError, json, workspace, type Workspace } from './helpers.js';

let ws: Workspace;
let bridgeId = '';

beforeEach(() => {
  buildCli();
  ws = workspace();
  const report = json<ImportReport>(ws.run(['import', ...ws.write(['bridge.txt', 'harvest.txt']), '--json']));
  bridgeId = String(report.added.find((a) => a.origin.endsWith('bridge.txt'))?.id);
});

afterEach(() => ws.cleanup());

function annotate(...args: string[]): Annotation {
  const result = ws.run(['annotate', bridgeId, ...args, '--json']);
  expect(result.code, result.stderr).toBe(0);
  return json<Annotation>(result);
}

describe('assay annotate', () => {
  it('creates a highlight with a note, tags and every assessment', () => {
    const a = annotate(
      '--quote',
      'bridge',
      '--occurrence',
      '2',
      '--note',
      'Second *mention*',
      '--tag',
      'logistics',
      '--tag',
      'infrastructure',
      '--reliability',
      'b',
      '--credibility',
      '2',
      '--probability',
      'very likely',
      '--confidence',
      'Moderate',
    );
    expect(a).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      documentId: Number(bridgeId),
      start: expect.any(Number),
      end: expect.any(Number),
      exact: 'bridge',
      prefix: expect.any(String),
      suffix: expect.any(String),
      note: 'Second *mention*',
      tags: expect.arrayContaining(['logistics', 'infrastructure']),
      reliability: 'B',
      credibility: 2,
      probability: 'very-likely',
      confidence: 'moderate',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const doc = json<DocumentWithBody>(ws.run(['show', bridgeId, '--json']));
    // "bridge" (lower case) occurs twice: in "Antonivskyi bridge" and "The bridge remains".
    expect(a.start).toBe(doc.body.indexOf('bridge', doc.body.indexOf('bridge') + 1));
    expect(doc.body.slice(a.start, a.end)).toBe('bridge');
  });

  it('prints the highlight with labelled assessments', () => {
    const result = ws.run([
      'annotate',
      bridgeId,
      '--quote',
      'Supply lines',
      '--tag',
      'logistics',
      '--reliability',
      'A',
      '--credibility',
      '1',
      '--probability',
      'likely',
      '--confidence',
      'high',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Annotation [0-9a-f-]{36} on document #\d+/);
    expect(result.stdout).toContain('“Supply lines”');
    expect(result.stdout).toContain('Tags: logistics');
    expect(result.stdout).toContain('Reliability: A (Completely reliable)');
    expect(result.stdout).toContain('Credibility: 1 (Confirmed by other sources)');
    expect(result.stdout).toContain('Probability: Likely (55–80%)');
    expect(result.stdout).toContain('Confidence: High confidence');
  });

  it('rejects a bad reliability and a quote that is not in the document with one line', () => {
    const bad = ws.run(['annotate', bridgeId, '--quote', 'Supply lines', '--reliability', 'G']);
    expect(bad.code).toBe(1);
    expect(isOneLineError(bad.stderr)).toBe(true);
    expect(bad.stderr).toContain('A, B, C, D, E, F');
    const absent = ws.run(['annotate', bridgeId, '--quote', 'not in this text at all']);
    expect(absent.code).toBe(1);
    expect(isOneLineError(absent.stderr)).toBe(true);
    expect(json<Annotation[]>(ws.run(['annotations', '--json']))).toEqual([]);
  });
});

describe('assay annotations, history and tags', () => {
  it('filters highlights by tag and assessment', () => {
    const one = annotate('--quote', 'Supply lines', '--tag', 'logistics', '--reliability', 'B');
    annotate('--quote', 'Repair crews', '--tag', 'repairs', '--reliability', 'C');
    const byTag = json<Annotation[]>(ws.run(['annotations', '--tag', 'logistics', '--json']));
    expect(byTag.map((a) => a.id)).toEqual([one.id]);
    expect(json<Annotation[]>(ws.run(['annotations', '--reliability', 'c', '--json'])).map((a) => a.exact)).toEqual(['Repair crews']);
    expect(json<Annotation[]>(ws.run(['annotations', '--doc', bridgeId, '--json']))).toHaveLength(2);
    const human = ws.run(['annotations', '--tag', 'logistics']);
    expect(human.stdout).toContain(one.id);
    expect(human.stdout).toContain('“Supply lines”');
    expect(human.stdout.trimEnd().split('\n').at(-1)).toBe('1 annotation');
  });

  it('shows the history of a highlight', () => {
    const a = annotate('--quote', 'Supply lines');
    const history = json<AnnotationHistoryEntry[]>(ws.run(['history', a.id, '--json']));
    expect(history[0]?.action).toBe('created');
    expect(history[0]?.snapshot.exact).toBe('Supply lines');
    expect(ws.run(['history', a.id]).stdout).toMatch(/created\s+“Supply lines”/);

    const missing = ws.run(['history', 'no-such-id']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe("assay: No annotation no-such-id has ever existed in this workspace. List them with 'assay annotations'.\n");
  });

  it('renames, merges, recolours and deletes tags by name', () => {
    annotate('--quote', 'Supply lines', '--tag', 'logisitcs');
    annotate('--quote', 'Repair crews', '--tag', 'supply');

    const renamed = ws.run(['tag', 'rename', 'LOGISITCS', 'logistics']);
    expect(renamed.code, renamed.stderr).toBe(0);
    expect(renamed.stdout).toContain("Renamed tag 'logisitcs' to 'logistics'");
    expect(json<Annotation[]>(ws.run(['annotations', '--tag', 'logistics', '--json']))).toHaveLength(1);

    const merged = ws.run(['tag', 'merge', 'supply', 'logistics', '--json']);
    expect(merged.code, merged.stderr).toBe(0);
    expect(json<Tag>(merged)).toMatchObject({ name: 'logistics', annotationCount: 2 });
    const tags = json<Tag[]>(ws.run(['tags', '--json']));
    expect(tags.map((t) => t.name)).toEqual(['logistics']);

    expect(json<Tag>(ws.run(['tag', 'color', 'Logistics', '#E4572E', '--json'])).color).toBe('#e4572e');
    expect(ws.run(['tags']).stdout).toMatch(/^logistics\s+#e4572e\s+2$/m);

    const unknown = ws.run(['tag', 'rename', 'nosuchtag', 'x']);
    expect(unknown.code).toBe(1);
    expect(isOneLineError(unknown.stderr)).toBe(true);
    expect(unknown.stderr).toContain("no tag named 'nosuchtag'");

    const deleted = ws.run(['tag', 'delete', 'logistics']);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stdout).toContain('2 highlights');
    expect(json<Tag[]>(ws.run(['tags', '--json']))).toEqual([]);
    expect(json<Annotation[]>(ws.run(['annotations', '--json']))).toHaveLength(2);
  });
});
