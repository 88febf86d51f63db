// End to end through the real binary: exporting highlights as Markdown, CSV and JSON to stdout
// and to a file, and importing the JSON into another workspace holding the same document.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationImportReport, ExportOutput, ImportReport } from '../../api/types.js';
import { buildCli, isOneLineError, json, workspace, type Workspace } from './helpers.js';

let ws: Workspace;
const others: Workspace[] = [];

beforeEach(() => {
  buildCli();
  ws = workspace();
  const report = json<ImportReport>(ws.run(['import', ...ws.write(['bridge.txt', 'harvest.txt']), '--json']));
  const bridge = String(report.added.find((a) => a.origin.endsWith('bridge.txt'))?.id);
  const harvest = String(report.added.find((a) => a.origin.endsWith('harvest.txt'))?.id);
  for (const args of [
    [bridge, '--quote', 'Supply lines', '--tag', 'logistics', '--reliability', 'B', '--credibility', '2', '--note', 'Pressure on supply'],
    [harvest, '--quote', 'record grain harvest', '--tag', 'economy', '--probability', 'likely'],
  ]) {
    const created = ws.run(['annotate', ...args]);
    expect(created.code, created.stderr).toBe(0);
  }
});

afterEach(() => {
  ws.cleanup();
  for (const other of others.splice(0)) other.cleanup();
});

describe('assay export', () => {
  it('writes Markdown, CSV and JSON to stdout', () => {
    const md = ws.run(['export', '--format', 'md']);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain('Supply lines');
    expect(md.stdout).toContain('record grain harvest');
    expect(md.stderr).toBe('');

    const byDoc = ws.run(['export', '--format', 'md', '--group-by', 'document', '--tag', 'logistics']);
    expect(byDoc.code, byDoc.stderr).toBe(0);
    expect(byDoc.stdout).toContain('Supply lines');
    expect(byDoc.stdout).not.toContain('record grain harvest');

    const csv = ws.run(['export', '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split(/\r?\n/).filter((l) => l !== '').length).toBeGreaterThanOrEqual(3);
    expect(csv.stdout).toContain('Supply lines');

    const out = ws.run(['export', '--format', 'json']);
    expect(out.code).toBe(0);
    const collection = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(JSON.stringify(collection)).toContain('Supply lines');

    const meta = json<ExportOutput>(ws.run(['export', '--format', 'json', '--json']));
    expect(meta).toMatchObject({ format: 'json', annotationCount: 2, content: expect.any(String) });
  });

  it('writes exactly the content to --out and says so on stderr', () => {
    const file = join(ws.dir, 'notes.csv');
    const written = ws.run(['export', '--format', 'csv', '--out', file]);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toBe('');
    expect(written.stderr).toBe(`Wrote 2 annotations to ${file}\n`);
    const stdout = ws.run(['export', '--format', 'csv']).stdout;
    expect(readFileSync(file, 'utf8')).toBe(stdout);

    const filtered = join(ws.dir, 'logistics.md');
    const one = ws.run(['export', '--format', 'md', '--tag', 'logistics', '--out', filtered]);
    expect(one.stderr).toBe(`Wrote 1 annotation to ${filtered}\n`);
    expect(readFileSync(filtered, 'utf8')).toContain('Supply lines');
  });
});

describe('assay import-annotations', () => {
  it('adds highlights to a workspace holding the same document, and adds nothing the second time', () => {
    const file = join(ws.dir, 'notes.json');
    expect(ws.run(['export', '--format', 'json', '--out', file]).code).toBe(0);

    const other = workspace();
    others.push(other);
    expect(other.run(['import', ...other.write(['bridge.txt', 'harvest.txt'])]).code).toBe(0);

    const first = other.run(['import-annotations', file, '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(json<AnnotationImportReport>(first)).toEqual({
      added: 2,
      alreadyPresent: 0,
      reanchored: expect.any(Number),
      unanchored: [],
      hypothesesAdded: 0,
      ratingsAdded: 0,
      linksAdded: 0,
    });

    const second = other.run(['import-annotations', file]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/^Added 0 \(0 re-anchored\), already present 2, unanchored 0\n$/);

    const listed = JSON.parse(other.run(['annotations', '--json']).stdout) as { exact: string }[];
    expect(listed.map((a) => a.exact).sort()).toEqual(['Supply lines', 'record grain harvest']);
  });

  it('exits 2 and lists the highlights whose document is missing', () => {
    const file = join(ws.dir, 'notes.json');
    expect(ws.run(['export', '--format', 'json', '--out', file]).code).toBe(0);
    const other = workspace();
    others.push(other);
    expect(other.run(['import', ...other.write(['bridge.txt'])]).code).toBe(0);

    const result = other.run(['import-annotations', file]);
    expect(result.code).toBe(2);
    expect(isOneLineError(result.stderr)).toBe(true);
    expect(result.stdout).toMatch(/^Added 1 .*unanchored 1\n/);
    expect(result.stdout).toMatch(/^unanchored: \S+ “record grain harvest” — .+$/m);
  });

  it('reads from stdin with -', () => {
    const content = ws.run(['export', '--format', 'json']).stdout;
    const other = workspace();
    others.push(other);
    expect(other.run(['import', ...other.write(['bridge.txt', 'harvest.txt'])]).code).toBe(0);
    const result = other.run(['import-annotations', '-', '--json'], { input: content });
    expect(result.code, result.stderr).toBe(0);
    expect(json<AnnotationImportReport>(result).added).toBe(2);
  });
});
