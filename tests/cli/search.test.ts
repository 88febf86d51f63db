// End to end through the real binary: `assay search` in human and JSON form, phrases, Russian
// inflections, filters, and a query lunr cannot parse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport, SearchResult } from '../../api/types.js';
import { buildCli, isOneLineError, json, workspace, type Workspace } from './helpers.js';

let ws: Workspace;
let ids: Record<string, number> = {};

beforeAll(() => {
  buildCli();
  ws = workspace();
  const result = ws.run(['import', ...ws.write(), '--json']);
  const report = json<ImportReport>(result);
  ids = Object.fromEntries(report.added.map((a) => [a.origin.replace(/^.*[\\/]/, ''), a.id]));
});

afterAll(() => ws.cleanup());

function searchIds(...args: string[]): number[] {
  const result = ws.run(['search', ...args, '--json']);
  expect(result.code, result.stderr).toBe(0);
  return json<SearchResult>(result).hits.map((h) => h.id);
}

describe('assay search', () => {
  it('prints a count, one line per hit and marked snippets', () => {
    const result = ws.run(['search', 'bridge']);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('1 result for bridge');
    expect(result.stdout).toMatch(new RegExp(`^#${ids['bridge.txt']}  .+  \\d+\\.\\d\\d$`, 'm'));
    expect(result.stdout).toMatch(/^ {4}.*\[\[bridge\]\]/im);
  });

  it('prints the core’s SearchResult with --json', () => {
    const result = json<SearchResult>(ws.run(['search', 'harvest', '--json']));
    expect(result.query).toBe('harvest');
    expect(result.total).toBe(1);
    const hit = result.hits[0];
    expect(hit).toMatchObject({ id: ids['harvest.txt'], title: expect.any(String), score: expect.any(Number) });
    expect(hit).toHaveProperty('source');
    expect(hit).toHaveProperty('date');
    expect(hit?.snippets.length).toBeGreaterThan(0);
    for (const snippet of hit?.snippets ?? []) {
      expect(snippet.highlights.length).toBeGreaterThan(0);
      for (const [start, end] of snippet.highlights) expect(snippet.text.slice(start, end)).toMatch(/harvest/i);
    }
  });

  it('matches a quoted phrase only where its words stand together', () => {
    expect(searchIds('"supply lines"')).toEqual([ids['bridge.txt']]);
    expect(searchIds('"across supply"')).toEqual([]);
  });

  it('finds a Russian word through its inflections', () => {
    expect(searchIds('армии')).toEqual([ids['army-ru.txt']]);
  });

  it('joins several words into one query and applies filters', () => {
    expect(searchIds('grain', 'harvest')).toEqual([ids['harvest.txt']]);
    expect(searchIds('bridge', '--lang', 'ru')).toEqual([]);
    expect(searchIds('мост', '--lang', 'ru')).toEqual([ids['army-ru.txt']]);
    expect(searchIds('bridge', '--has-notes')).toEqual([]);
    expect(searchIds('bridge', '--has-highlights')).toEqual([]);
  });

  it('refuses a query lunr cannot parse with one line and no stack', () => {
    const result = ws.run(['search', 'title:']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(isOneLineError(result.stderr)).toBe(true);
    expect(result.stderr).not.toMatch(/internal error/);
  });
});
