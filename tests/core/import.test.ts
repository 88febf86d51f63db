// Importing through the workbench into a real workspace: every format of the fixture folder,
// legacy Cyrillic encodings made searchable, duplicates, per-file failures that stop nothing,
// and the sample corpus.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../api/types.js';
import { openWorkbench } from '../../db/workbench.js';
import { freshWorkbench, tempDir } from '../support/workspace.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');

describe('import through the workbench', () => {
  it('imports a folder: adds what it can, reports each failure with a reason, and indexes', async () => {
    const wb = freshWorkbench();
    const report = await wb.importPaths({ paths: [FIXTURES] });
    const failed = new Map(report.failed.map((f) => [f.origin.split('/').pop(), f.reason]));
    expect(failed.get('binary.txt')).toMatch(/binary file/);
    expect(failed.get('empty.txt')).toMatch(/empty file/);
    expect(failed.get('report.pdf')).toMatch(/^damaged: this PDF cannot be read/);
    expect(failed.get('malformed.jsonl')).toMatch(/malformed JSON on line \d+/);
    expect(failed.get('no-body.json')).toMatch(/no body or text/);
    expect(report.added.length).toBeGreaterThan(15);
    // Nothing of a failed JSONL file was stored: a file imports whole or not at all.
    const origins = (await wb.listDocuments({})).map((d) => d.origin);
    expect(origins.some((o) => o.includes('malformed.jsonl'))).toBe(false);
    // The windows-1251 and KOI8-R files are stored as real Cyrillic, and stem-searchable.
    const cp1251 = (await wb.listDocuments({})).find((d) => d.origin.endsWith('ru-windows-1251.txt'))!;
    const document = await wb.getDocument({ id: cp1251.id });
    expect(document.language).toBe('ru');
    expect(document.body).toMatch(/[а-яё]{4,}/);
    expect(document.body).not.toMatch(/[ÐÑÃ]/);
    const word = /[а-яё]{6,}/.exec(document.body)![0];
    expect((await wb.search({ query: word })).hits.map((h) => h.id)).toContain(cp1251.id);
  });

  it('reports the same text imported twice as a duplicate, not a second document', async () => {
    const wb = freshWorkbench();
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'Border crossing closed\n\nThe crossing at Kresny Most closed at 23:30.\n');
    writeFileSync(join(dir, 'b.txt'), '\uFEFFBorder crossing closed\r\n\r\nThe crossing at Kresny Most closed at 23:30.\r\n');
    const first = await wb.importPaths({ paths: [join(dir, 'a.txt')] });
    expect(first.added).toHaveLength(1);
    const second = await wb.importPaths({ paths: [dir] });
    expect(second.added).toHaveLength(0);
    expect(second.duplicates.map((d) => d.existingId)).toEqual([first.added[0]!.id, first.added[0]!.id]);
    expect(await wb.listDocuments({})).toHaveLength(1);
  });

  it('reports progress phases and a missing path without stopping', async () => {
    const events: ImportProgress[] = [];
    const dir = tempDir();
    const wb = openWorkbench(join(dir, 'w.db'), { onProgress: (p) => events.push(p) });
    mkdirSync(join(dir, 'in'));
    copyFileSync(join(FIXTURES, 'article.md'), join(dir, 'in', 'article.md'));
    const report = await wb.importPaths({ paths: [join(dir, 'in'), join(dir, 'nowhere')] });
    expect(report.added).toHaveLength(1);
    expect(report.failed).toEqual([{ origin: join(dir, 'nowhere'), reason: expect.stringMatching(/no such file or folder/) }]);
    expect(new Set(events.map((e) => e.phase))).toEqual(new Set(['scanning', 'importing', 'copies', 'done']));
    wb.close();
  });

  it('imports uploaded file contents (the browser door)', async () => {
    const wb = freshWorkbench();
    const content = Buffer.from('Пожар в порту\n\nАрмия перекрыла улицу.').toString('base64');
    const report = await wb.importFiles({
      files: [
        { name: 'note.txt', content },
        { name: 'x.exe', content: 'AAAA' },
      ],
    });
    expect(report.added.map((a) => a.title)).toEqual(['Пожар в порту']);
    expect(report.failed[0]).toMatchObject({ origin: 'x.exe', reason: expect.stringMatching(/unsupported type/) });
    expect((await wb.search({ query: 'армии' })).total).toBe(1);
  });

  it('loads the sample corpus in English and Russian, with real headlines', async () => {
    const wb = freshWorkbench();
    const report = await wb.importSample({});
    expect(report.failed).toEqual([]);
    expect(report.added.length).toBeGreaterThanOrEqual(8);
    const languages = new Set((await wb.listDocuments({})).map((d) => d.language));
    expect(languages).toContain('en');
    expect(languages).toContain('ru');
    for (const { title } of report.added) expect(title).not.toMatch(/^(by\b|\d)/i);
    expect((await wb.search({ query: 'армии' })).total).toBeGreaterThan(0);
    expect((await wb.importSample({})).added).toHaveLength(0);
  });
});
