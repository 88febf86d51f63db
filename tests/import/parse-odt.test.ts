// OpenDocument text: blocks straight from content.xml (outline levels, list styles, table rows,
// the Quotations style), metadata from meta.xml, and the files that cannot be read.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { odtBlocks, parseOdt } from '../../db/import/parse-odt.js';
import { blockView, expectBlocksTileBody, fieldReportBlocks, formatDocument, formatFailure, formatFixture } from './format-fixtures.js';

describe('field-report.odt (LibreOffice)', () => {
  it('keeps headings at their outline level, list items at their depth with bullets or numbers, the quote and table rows', async () => {
    const document = await formatDocument('odt/field-report.odt');
    // <text:s text:c="2"/> is two real spaces in ODF, and stays two.
    expect(blockView(document)).toEqual(fieldReportBlocks('Check the  ferry schedule at Marensk.'));
    expectBlocksTileBody(document);
    expect(document.body).toContain('Three things stood out:\n\n• Lorries queued for 14 km on the E28.\n• Border guards');
    expect(document.body).toContain('Queue lengths\n\nDay\tLorries\n12 March\t310\n13 March\t420\n\nПограничники');
  });

  it('reads title, first author, creation date, last change and subject from meta.xml', async () => {
    const document = await formatDocument('odt/field-report.odt');
    expect(document).toMatchObject({
      title: 'Field report: the Kresny Most crossing',
      author: 'Mira Valen',
      date: '2026-03-14T09:30:00Z',
      language: 'en',
      meta: { subject: 'Border crossings', modified: '2026-03-14T11:05:00Z' },
    });
  });
});

describe('content.xml details', () => {
  const wrap = (body: string): string =>
    '<office:document-content xmlns:office="o" xmlns:text="t" xmlns:table="b"><office:body><office:text>' +
    body +
    '</office:text></office:body></office:document-content>';

  it('leaves out tracked deletions, comments and footnote numbers, and puts footnotes after the body', () => {
    const blocks = odtBlocks(
      wrap(
        '<text:tracked-changes><text:changed-region><text:deletion><text:p>deleted words</text:p></text:deletion></text:changed-region></text:tracked-changes>' +
          '<text:p>Troops moved<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Seen by two observers.</text:p></text:note-body></text:note> north.<office:annotation><text:p>check this</text:p></office:annotation></text:p>' +
          '<text:p>Second   paragraph<text:tab/>with a tab<text:line-break/>and a break.</text:p>',
      ),
      null,
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Troops moved north.', gap: 2 },
      { kind: 'paragraph', text: 'Second paragraph\twith a tab\nand a break.', gap: 2 },
      { kind: 'paragraph', text: 'Seen by two observers.', gap: 2 },
    ]);
  });

  it('joins a cell’s paragraphs on one line and skips cells covered by a merge', () => {
    const blocks = odtBlocks(
      wrap(
        '<table:table><table:table-row><table:table-cell><text:p>Line one</text:p><text:p>line two</text:p></table:table-cell><table:covered-table-cell/><table:table-cell><text:p>9</text:p></table:table-cell></table:table-row></table:table>',
      ),
      null,
    );
    expect(blocks).toEqual([{ kind: 'table-row', text: 'Line one line two\t9', gap: 2 }]);
  });
});

describe('ODT that cannot be read', () => {
  it('names a cut-short package', async () => {
    expect(await formatFailure('odt/truncated.odt')).toBe('damaged or incomplete OpenDocument text: its ZIP package is cut short or corrupt');
  });

  it('says a scan (a page that is only a picture) has no text to import', async () => {
    expect(await formatFailure('odt/scanned-page.odt')).toBe('no text in the OpenDocument text (only images, or empty) — a scan needs OCR first');
  });

  it('refuses another package under an .odt name', async () => {
    const docx = readFileSync(formatFixture('docx/field-report.docx'));
    expect(await parseOdt(docx, { origin: 'x.odt', fileName: 'x.odt', encoding: 'utf-8' })).toEqual({
      ok: false,
      reason: 'not an OpenDocument text: a ZIP package without content.xml',
    });
    const epub = readFileSync(formatFixture('epub/field-report.epub'));
    expect(await parseOdt(epub, { origin: 'y.odt', fileName: 'y.odt', encoding: 'utf-8' })).toEqual({
      ok: false,
      reason: 'not an OpenDocument text: its package says application/epub+zip',
    });
  });
});
