// Word documents: blocks from mammoth's HTML, metadata from docProps/core.xml, and every way a
// .docx can fail — cut short, password-protected, or plain text under a .docx name.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../db/import/parse-docx.js';
import { blockView, expectBlocksTileBody, fieldReportBlocks, formatDocument, formatFailure, formatFixture } from './format-fixtures.js';

describe('field-report.docx (LibreOffice)', () => {
  it('keeps headings, list items with their depth, the quote and table rows, in order', async () => {
    const document = await formatDocument('docx/field-report.docx');
    // mammoth collapses the two spaces of "Check the  ferry" as HTML does.
    expect(blockView(document)).toEqual(fieldReportBlocks('Check the ferry schedule at Marensk.'));
    expectBlocksTileBody(document);
  });

  it('assembles the plain body: list items and table rows one line apart, other blocks a blank line', async () => {
    const document = await formatDocument('docx/field-report.docx');
    expect(document.body).toBe(
      [
        'Field report: the Kresny Most crossing',
        '',
        'The crossing closed at 06:00 on 12 March and has stayed shut since. This report sums up what observers saw on the Dravian side.',
        '',
        'What observers saw',
        '',
        'Three things stood out:',
        '',
        '• Lorries queued for 14 km on the E28.',
        '• Border guards turned back foot passengers.',
        '• Pensioners with residence permits were let through.',
        '• No military vehicles were seen.',
        '',
        '“We were told the crossing would reopen within a week,” a driver said.',
        '',
        'Queue lengths',
        '',
        'Day\tLorries',
        '12 March\t310',
        '13 March\t420',
        '',
        'Пограничники закрыли переход Кресный Мост в шесть утра.',
        'Очередь грузовиков растянулась на четырнадцать километров.',
        '',
        'Next steps:',
        '',
        '1. Ask the customs office for daily figures.',
        '2. Check the ferry schedule at Marensk.',
      ].join('\n'),
    );
  });

  it('reads title, author, dates and subject from docProps/core.xml', async () => {
    const document = await formatDocument('docx/field-report.docx');
    expect(document).toMatchObject({
      title: 'Field report: the Kresny Most crossing',
      author: 'Mira Valen',
      date: '2026-03-14T09:30:00Z',
      language: 'en',
      meta: { subject: 'Border crossings', modified: '2026-03-14T11:05:00Z', last_modified_by: 'Mira Valen' },
    });
  });
});

describe('DOCX that cannot be read', () => {
  it('names a cut-short package', async () => {
    expect(await formatFailure('docx/truncated.docx')).toBe('damaged or incomplete Word document: its ZIP package is cut short or corrupt');
  });

  it('says a password-protected one needs its password (it is an encrypted OLE2 container, not a ZIP)', async () => {
    expect(await formatFailure('docx/encrypted.docx')).toMatch(/password-protected .*needs its password|password-protected .*remove the password/);
    const direct = await parseDocx(readFileSync(formatFixture('docx/encrypted.docx')), { origin: 'e.docx', fileName: 'e.docx', encoding: 'utf-8' });
    expect(direct).toEqual({ ok: false, reason: 'password-protected Word document — it needs its password: open it, save it without one and import that copy' });
  });

  it('says plain text under a .docx name is plain text', async () => {
    expect(await formatFailure('docx/not-really.docx')).toBe('not a Word document: it is plain text, not a ZIP package — rename it .txt');
  });

  it('says a scan (a page that is only a picture) has no text to import', async () => {
    expect(await formatFailure('docx/scanned-page.docx')).toBe('no text in the Word document (only images, or empty) — a scan needs OCR first');
  });

  it('refuses a ZIP package with no Word parts', async () => {
    const epub = readFileSync(formatFixture('epub/field-report.epub'));
    expect(await parseDocx(epub, { origin: 'b.docx', fileName: 'b.docx', encoding: 'utf-8' })).toEqual({
      ok: false,
      reason: 'not a Word document: a ZIP package without word/document.xml',
    });
  });
});
