// Export and exchange through the workbench: each format filtered, and a W3C JSON export imported
// into another workspace holding the same documents — re-anchored, reported, and idempotent.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { addDocuments, doc, freshWorkbench } from '../support/workspace.js';
import type { Workbench } from '../../db/workbench.js';

const BODY = 'Он сказал: «Армия не будет участвовать». Officials said the fire started at 03:40, "officially".';
const OTHER = 'The terminal berth was closed for maintenance, a survey found defects, the insurer said.';

async function annotated(wb: Workbench): Promise<number[]> {
  const ids = addDocuments(wb, [
    doc({ title: 'Заявление', body: BODY, source: 'БелТА', date: '2026-03-12', url: 'https://example.org/a' }),
    doc({ title: 'Bulletin', body: OTHER }),
  ]);
  await wb.createAnnotation({
    documentId: ids[0]!,
    exact: '«Армия не будет участвовать»',
    note: 'Denial, see *H1*,\nline two',
    tags: ['Denial', 'H1'],
    reliability: 'B',
    credibility: 3,
    probability: 'unlikely',
    confidence: 'low',
  });
  await wb.createAnnotation({ documentId: ids[0]!, exact: 'the fire started at 03:40, "officially"', tags: ['Timeline'] });
  await wb.createAnnotation({ documentId: ids[1]!, exact: 'closed for maintenance', note: 'Supports H2' });
  return ids;
}

describe('export', () => {
  it('renders a Markdown report filtered by tag', async () => {
    const wb = freshWorkbench();
    await annotated(wb);
    const out = await wb.exportAnnotations({ format: 'md', filter: { tag: 'h1' } });
    expect(out.annotationCount).toBe(1);
    expect(out.fileName).toMatch(/^assay-notes-\d{4}-\d{2}-\d{2}\.md$/);
    expect(out.content).toContain('«Армия не будет участвовать»');
    expect(out.content).toContain('Usually reliable');
    expect(out.content).not.toContain('closed for maintenance');
  });

  it('writes CSV that survives a real CSV parser, Cyrillic and all', async () => {
    const wb = freshWorkbench();
    await annotated(wb);
    const out = await wb.exportAnnotations({ format: 'csv' });
    expect(out.content.startsWith('\uFEFF')).toBe(true);
    const rows = parse(out.content, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    const first = rows.find((r) => Object.values(r).includes('«Армия не будет участвовать»'))!;
    expect(Object.values(first)).toContain('Denial, see *H1*,\nline two');
    expect(Object.values(rows.find((r) => Object.values(r).some((v) => v.includes('03:40')))!)).toContain('the fire started at 03:40, "officially"');
  });

  it('filters an export by assessment and by document', async () => {
    const wb = freshWorkbench();
    const ids = await annotated(wb);
    expect((await wb.exportAnnotations({ format: 'csv', filter: { reliability: 'B' } })).annotationCount).toBe(1);
    expect((await wb.exportAnnotations({ format: 'json', filter: { documentId: ids[1]! } })).annotationCount).toBe(1);
    await expect(wb.exportAnnotations({ format: 'pdf' as never })).rejects.toThrow('format: expected one of md, csv, json');
  });
});

describe('import-annotations', () => {
  it('round-trips into another workspace with the same documents, once', async () => {
    const source = freshWorkbench();
    await annotated(source);
    const json = (await source.exportAnnotations({ format: 'json' })).content;

    const target = freshWorkbench();
    // Same texts, imported in the other order so ids differ.
    const [other, main] = addDocuments(target, [doc({ title: 'Bulletin', body: OTHER }), doc({ title: 'Заявление', body: BODY })]);
    const report = await target.importAnnotations({ content: json });
    expect(report).toMatchObject({ added: 3, alreadyPresent: 0, reanchored: 0, unanchored: [] });
    const imported = await target.listAnnotations({ documentId: main! });
    expect(imported.map((a) => a.exact)).toEqual(['«Армия не будет участвовать»', 'the fire started at 03:40, "officially"']);
    expect(imported[0]).toMatchObject({
      note: 'Denial, see *H1*,\nline two',
      tags: ['Denial', 'H1'],
      reliability: 'B',
      credibility: 3,
      probability: 'unlikely',
      confidence: 'low',
    });
    expect(await target.listAnnotations({ documentId: other! })).toHaveLength(1);
    expect((await target.getAnnotationHistory({ id: imported[0]!.id }))[0]?.action).toBe('imported');
    expect((await target.search({ query: 'tags:denial' })).hits.map((h) => h.id)).toEqual([main]);

    const again = await target.importAnnotations({ content: json });
    expect(again).toMatchObject({ added: 0, alreadyPresent: 3 });
    expect(await target.listAnnotations({})).toHaveLength(3);
  });

  it('re-anchors by quote in an edited copy and reports what it cannot anchor', async () => {
    const source = freshWorkbench();
    await annotated(source);
    const json = (await source.exportAnnotations({ format: 'json' })).content;
    const target = freshWorkbench();
    // An edited copy of the Russian statement (new lead paragraph), and no bulletin at all.
    addDocuments(target, [doc({ title: 'Заявление', body: `Обновлено 13 марта.\n\n${BODY.replace('03:40', '03:45')}` })]);
    const report = await target.importAnnotations({ content: json });
    expect(report.added).toBe(1);
    expect(report.reanchored).toBe(1);
    expect(report.unanchored.map((u) => u.reason)).toEqual([expect.stringMatching(/no longer occurs/), expect.stringMatching(/not in this workspace/)]);
    const [a] = await target.listAnnotations({});
    const body = (await target.getDocument({ id: a!.documentId })).body;
    expect(body.slice(a!.start, a!.end)).toBe('«Армия не будет участвовать»');
  });

  it('refuses a file that is not an annotation collection with a clear message', async () => {
    const wb = freshWorkbench();
    await expect(wb.importAnnotations({ content: '{not json' })).rejects.toMatchObject({ code: 'bad-input' });
    await expect(wb.importAnnotations({ content: '' })).rejects.toThrow(/empty/);
  });
});
