// DOCX, ODT, EPUB and RTF through the real import (openWorkbench → importPaths): stored, indexed
// and searchable, each bad file reported with its reason while its neighbours still import.
import { describe, expect, it } from 'vitest';
import { freshWorkbench } from '../support/workspace.js';
import { formatFixture } from './format-fixtures.js';

const GOOD = ['docx/field-report.docx', 'odt/field-report.odt', 'epub/field-report-pandoc.epub', 'epub/field-report.epub', 'rtf/field-report.rtf'];
const BAD: Record<string, RegExp> = {
  'docx/truncated.docx': /^damaged or incomplete Word document/,
  'docx/encrypted.docx': /password-protected .*password/,
  'docx/not-really.docx': /^not a Word document: it is plain text/,
  'docx/scanned-page.docx': /^no text in the Word document .*OCR/,
  'odt/truncated.odt': /^damaged or incomplete OpenDocument text/,
  'odt/scanned-page.odt': /^no text in the OpenDocument text .*OCR/,
  'epub/drm.epub': /^EPUB e-book protected by DRM/,
  'epub/truncated.epub': /^damaged or incomplete EPUB e-book/,
  'rtf/truncated.rtf': /^damaged or incomplete RTF document/,
  'rtf/not-really.rtf': /^not an RTF document/,
};

describe('importing document formats into a workspace', () => {
  it('stores and indexes the readable files and reports each bad one with its reason', async () => {
    const wb = freshWorkbench();
    // Bad files sit between good ones: none of them stops the rest.
    const paths = [...GOOD.slice(0, 2), ...Object.keys(BAD), ...GOOD.slice(2)].map(formatFixture);
    const report = await wb.importPaths({ paths });

    const failed = new Map(report.failed.map((f) => [f.origin, f.reason]));
    for (const [path, reason] of Object.entries(BAD)) expect(failed.get(formatFixture(path)), path).toMatch(reason);
    expect(report.failed).toHaveLength(Object.keys(BAD).length);

    // The ODT and the RTF hold the very same text, so the second is a duplicate of the first.
    expect(report.added.map((a) => a.origin)).toEqual(GOOD.slice(0, 4).map(formatFixture));
    const odt = report.added.find((a) => a.origin.endsWith('.odt'))!;
    expect(report.duplicates).toEqual([{ origin: formatFixture('rtf/field-report.rtf'), existingId: odt.id }]);
    for (const added of report.added) expect(added.title).toBe('Field report: the Kresny Most crossing');

    const docx = report.added[0]!;
    const stored = await wb.getDocument({ id: docx.id });
    expect(stored).toMatchObject({ author: 'Mira Valen', date: '2026-03-14T09:30:00Z' });
    expect(stored.body).toContain('Three things stood out:\n\n• Lorries queued for 14 km on the E28.\n• Border guards turned back foot passengers.');

    // Searchable in both languages, stemmed: "lorry" finds "Lorries", "пограничник" finds "Пограничники".
    const ids = report.added.map((a) => a.id).sort();
    expect((await wb.search({ query: 'lorry' })).hits.map((h) => h.id).sort()).toEqual(ids);
    expect((await wb.search({ query: '"foot passengers"' })).hits.map((h) => h.id)).toContain(docx.id);
    expect((await wb.search({ query: 'пограничник' })).hits.map((h) => h.id).sort()).toEqual(ids);
  });
});
