// RTF: Assay's own reader — headings by outline level, list labels from {\listtext}, table rows,
// the Quotations style, \uN escapes, code pages — and {\info} metadata; cut-short and mislabelled files.
import { describe, expect, it } from 'vitest';
import { parseRtf } from '../../db/import/parse-rtf.js';
import type { ParseOutcome } from '../../db/import/parsed-document.js';
import { blockView, expectBlocksTileBody, fieldReportBlocks, formatDocument, formatFailure } from './format-fixtures.js';

function rtf(source: string): ParseOutcome {
  return parseRtf(Buffer.from(source, 'latin1'), { origin: 'x.rtf', fileName: 'x.rtf', encoding: 'utf-8' });
}

function bodyOf(outcome: ParseOutcome): string {
  if (!outcome.ok) return expect.fail(outcome.reason);
  return (outcome.documents[0] as { body: string }).body;
}

describe('field-report.rtf (LibreOffice)', () => {
  it('keeps headings, list items with their labels and depth, the quote and table rows', async () => {
    const document = await formatDocument('rtf/field-report.rtf');
    expect(blockView(document)).toEqual(fieldReportBlocks('Check the  ferry schedule at Marensk.'));
    expectBlocksTileBody(document);
  });

  it('reads title, author, creation and revision times and subject from {\\info}', async () => {
    const document = await formatDocument('rtf/field-report.rtf');
    expect(document).toMatchObject({
      title: 'Field report: the Kresny Most crossing',
      author: 'Mira Valen',
      date: '2026-03-14T09:30:00Z',
      meta: { subject: 'Border crossings', modified: '2026-03-14T11:05:00Z' },
    });
  });
});

describe('RTF details', () => {
  it("decodes \\'hh bytes in the \\ansicpg code page and in a font’s \\fcharset", () => {
    const cp1251 = "{\\rtf1\\ansi\\ansicpg1251\\deff0{\\fonttbl{\\f0 Times;}}\\pard \\'cf\\'ee\\'e6\\'e0\\'f0 \\'e2 \\'ef\\'ee\\'f0\\'f2\\'f3\\par}";
    expect(bodyOf(rtf(cp1251))).toBe('Пожар в порту');
    const byFont = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times;}{\\f1\\fcharset204 Arial Cyr;}}\\pard caf\\'e9 {\\f1 \\'cc\\'e8\\'ed\\'f1\\'ea}\\par}";
    expect(bodyOf(rtf(byFont))).toBe('café Минск');
  });

  it('reads \\uN escapes and skips their fallbacks (\\ucN of them)', () => {
    expect(bodyOf(rtf("{\\rtf1\\ansi \\u1052\\'3f\\u1080?\\uc2\\u1085\\'3f\\'3f\\u1089??k\\par}"))).toBe('Минсk');
    expect(bodyOf(rtf("{\\rtf1 \\u-10179\\'3f\\u-8704\\'3f\\par}"))).toBe('😀');
  });

  it('leaves out destinations that are not text, keeps field results and symbols', () => {
    const source =
      '{\\rtf1\\ansi{\\fonttbl{\\f0 Times;}}{\\colortbl;\\red0\\green0\\blue0;}{\\*\\generator Word;}{\\header Page header\\par}' +
      '{\\pict\\pngblip 89504e47}Read {\\field{\\*\\fldinst HYPERLINK "https://example.org"}{\\fldrslt the report}}\\emdash now{\\footnote a note}.\\par ' +
      'Tab\\tab and\\line line\\~break \\{braces\\}\\par}';
    expect(bodyOf(rtf(source))).toBe('Read the report—now.\n\nTab\tand\nline\u00A0break {braces}');
  });

  it('maps Word style names to headings and quotes, and \\intbl cells to rows', () => {
    const source =
      '{\\rtf1{\\stylesheet{\\s1 heading 1;}{\\s2 Quote;}{\\*\\cs3 Strong;}}' +
      '\\pard\\s1 Convoy sighted\\par\\pard\\s2 They came at dawn.\\par' +
      '\\trowd\\pard\\intbl A\\cell B\\cell\\row\\trowd\\pard\\intbl 1\\cell 2\\cell\\row\\pard After.\\par}';
    const outcome = rtf(source);
    if (!outcome.ok) return expect.fail(outcome.reason);
    expect(blockView(outcome.documents[0]!)).toEqual([
      ['heading', 1, 'Convoy sighted'],
      ['quote', undefined, 'They came at dawn.'],
      ['table-row', undefined, 'A\tB'],
      ['table-row', undefined, '1\t2'],
      ['paragraph', undefined, 'After.'],
    ]);
  });
});

describe('RTF that cannot be read', () => {
  it('names a file cut short inside a group', async () => {
    expect(await formatFailure('rtf/truncated.rtf')).toBe('damaged or incomplete RTF document: it ends inside an open group — cut short?');
  });

  it('says plain text under an .rtf name is plain text', async () => {
    expect(await formatFailure('rtf/not-really.rtf')).toBe('not an RTF document: it does not start with {\\rtf (it reads as plain text — rename it .txt)');
  });

  it('refuses an RTF with no text', () => {
    expect(rtf('{\\rtf1{\\pict\\pngblip 89504e47}\\par}')).toEqual({ ok: false, reason: 'no text in the RTF document (only pictures, or empty)' });
  });
});
