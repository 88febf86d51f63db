// End to end through the real binary: importing files, listing and reading documents, removing
// them, and the ASSAY_DB variable. Each test gets a fresh workspace file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSummary, DocumentWithBody, ImportReport, WorkspaceInfo } from '../../api/types.js';
import { assay, buildCli, isOneLineError, json, workspace, type Workspace } from './helpers.js';

let ws: Workspace;

beforeAll(() => {
  buildCli();
});

afterEach(() => ws.cleanup());

function importAll(): ImportReport {
  const paths = ws.write();
  const result = ws.run(['import', ...paths, '--json']);
  expect(result.code, result.stderr).toBe(0);
  return json<ImportReport>(result);
}

describe('assay import', () => {
  it('adds files, reports duplicates on re-import, and prints the ImportReport with --json', () => {
    ws = workspace();
    const paths = ws.write();
    const first = ws.run(['import', ...paths]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout.split('\n')[0]).toBe('Added 3, duplicates 0, failed 0');
    expect(first.stderr).toBe(''); // no progress bar when stderr is not a terminal

    const again = ws.run(['import', paths[0] ?? '', '--json']);
    expect(again.code).toBe(0);
    const report = json<ImportReport>(again);
    expect(report.added).toEqual([]);
    expect(report.failed).toEqual([]);
    expect(report.duplicates).toHaveLength(1);
    expect(report.duplicates[0]?.origin).toMatch(/bridge\.txt$/);
    expect(report.duplicates[0]?.existingId).toEqual(expect.any(Number));

    const human = ws.run(['import', paths[0] ?? '']);
    expect(human.stdout).toMatch(/^Added 0, duplicates 1, failed 0\nduplicate: .*bridge\.txt \(already #\d+\)\n$/);
  });

  it('imports the good files, lists the bad one, and exits 2', () => {
    ws = workspace();
    const paths = ws.write(['bridge.txt', 'harvest.txt']);
    const bad = join(ws.dir, 'photo.png');
    writeFileSync(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]));
    const result = ws.run(['import', paths[0] ?? '', bad, paths[1] ?? '', '--json']);
    expect(result.code).toBe(2);
    expect(isOneLineError(result.stderr)).toBe(true);
    const report = json<ImportReport>(result);
    expect(report.added).toHaveLength(2);
    for (const added of report.added) {
      expect(added).toEqual({ id: expect.any(Number), title: expect.any(String), origin: expect.any(String) });
    }
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]?.origin).toMatch(/photo\.png$/);
    expect(report.failed[0]?.reason).toEqual(expect.any(String));

    const human = ws.run(['import', bad]);
    expect(human.code).toBe(2);
    expect(human.stdout).toMatch(/^Added 0, duplicates 0, failed 1\nfailed: .*photo\.png — .+\n$/);

    const docs = json<DocumentSummary[]>(ws.run(['docs', '--json']));
    expect(docs).toHaveLength(2);
  });
});

describe('assay docs, show and rm', () => {
  it('lists documents as a table and as JSON', () => {
    ws = workspace();
    const report = importAll();
    const table = ws.run(['docs']);
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+DATE\s+LANG\s+TITLE\s+SOURCE$/);
    expect(lines).toHaveLength(4);
    for (const added of report.added) expect(table.stdout).toContain(`#${added.id}`);

    const list = json<DocumentSummary[]>(ws.run(['docs', '--json']));
    expect(list.map((d) => d.id).sort()).toEqual(report.added.map((a) => a.id).sort());
    const russian = list.find((d) => d.origin.endsWith('army-ru.txt'));
    expect(russian?.language).toBe('ru');

    const page = json<DocumentSummary[]>(ws.run(['docs', '--json', '--limit', '1', '--offset', '1']));
    expect(page).toHaveLength(1);
    expect(page[0]?.id).toBe(list[1]?.id);
  });

  it('sorts by a column and filters like search: assay docs --sort date --desc --source S', () => {
    ws = workspace();
    const [bridgePath, ...rest] = ws.write();
    expect(ws.run(['import', bridgePath ?? '', '--source', 'Field office']).code).toBe(0);
    expect(ws.run(['import', ...rest]).code).toBe(0);
    const byTitle = json<DocumentSummary[]>(ws.run(['docs', '--sort', 'title', '--json'])).map((d) => d.title.toLowerCase());
    expect(byTitle).toEqual([...byTitle].sort());
    const fromField = json<DocumentSummary[]>(ws.run(['docs', '--sort', 'date', '--desc', '--source', 'field office', '--json']));
    expect(fromField.map((d) => d.source)).toEqual(['Field office']);
    const paged = ws.run(['docs', '--sort', 'length', '--desc', '--limit', '1']);
    expect(paged.stdout.trimEnd().split('\n').at(-1)).toBe('1–1 of 3');
    expect(ws.run(['docs', '--source', 'nobody']).stdout).toBe('No documents match these filters.\n');
    const bad = ws.run(['docs', '--sort', 'colour']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe("assay: --sort must be one of title, source, date, language, length, highlights, not 'colour'.\n");
  });

  it('shows a document header and body, and the document with --json', () => {
    ws = workspace();
    const report = importAll();
    const bridge = report.added.find((a) => a.origin.endsWith('bridge.txt'));
    const shown = ws.run(['show', String(bridge?.id)]);
    expect(shown.code).toBe(0);
    expect(shown.stdout.split('\n')[0]).toBe(`#${bridge?.id}  ${bridge?.title}`);
    expect(shown.stdout).toContain('Supply lines across the river are under pressure.');
    expect(shown.stdout).toMatch(/Language:\s+en/);

    const doc = json<DocumentWithBody>(ws.run(['show', String(bridge?.id), '--json']));
    expect(doc.id).toBe(bridge?.id);
    expect(doc.body).toContain('The Antonivskyi bridge was struck again overnight');
    expect(typeof doc.meta).toBe('object');

    const missing = ws.run(['show', '999']);
    expect(missing.code).toBe(1);
    expect(isOneLineError(missing.stderr)).toBe(true);
    // The core's neutral message, then the CLI's own hint.
    expect(missing.stderr).toBe("assay: No document #999 in this workspace. List them with 'assay docs'.\n");
    expect(ws.run(['rm', '999']).stderr).toBe(missing.stderr);
  });

  it('removes a document and says how many highlights went with it', () => {
    ws = workspace();
    const report = importAll();
    const bridge = report.added.find((a) => a.origin.endsWith('bridge.txt'));
    const id = String(bridge?.id);
    expect(ws.run(['annotate', id, '--quote', 'Supply lines']).code).toBe(0);
    const removed = ws.run(['rm', id]);
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stdout).toBe(`Removed document #${id} “${bridge?.title}” and its 1 highlight\n`);
    expect(ws.run(['show', id]).code).toBe(1);
    expect(json<DocumentSummary[]>(ws.run(['docs', '--json']))).toHaveLength(2);
  });
});

describe('workspace selection', () => {
  it('honours ASSAY_DB when --db is not given', () => {
    ws = workspace();
    const [path] = ws.write(['harvest.txt']);
    const env = { ASSAY_DB: ws.db };
    const imported = assay(['import', path ?? ''], { env });
    expect(imported.code, imported.stderr).toBe(0);
    const info = json<WorkspaceInfo>(assay(['info', '--json'], { env }));
    expect(info.path).toBe(ws.db);
    expect(info.documentCount).toBe(1);
    // --db wins over ASSAY_DB.
    const other = join(ws.dir, 'other.assay.db');
    expect(json<DocumentSummary[]>(assay(['docs', '--json', '--db', other], { env }))).toEqual([]);
    expect(ws.run(['info']).stdout).toMatch(/Documents\s+1/);
  });
});
