// The pure parts of PDF import: PDF dates, stand-in titles, hyphen joins, running lines, lines
// rebuilt from positioned runs, and paragraphs told apart by gaps and indents.
import { describe, expect, it } from 'vitest';
import { blocksOfPages } from '../../db/import/pdf/pdf-blocks.js';
import { joinLine, vocabularyOf } from '../../db/import/pdf/pdf-hyphens.js';
import { linesOfPage, type PdfLine, type PdfRun } from '../../db/import/pdf/pdf-lines.js';
import { parsePdfDate, pdfFields, usableAuthor, usableTitle } from '../../db/import/pdf/pdf-metadata.js';
import { isPageNumber, runningLines } from '../../db/import/pdf/pdf-running-lines.js';

describe('parsePdfDate', () => {
  it.each([
    ["D:20240315103000+02'00'", '2024-03-15T08:30:00Z'],
    ["D:20240315103000-05'30'", '2024-03-15T16:00:00Z'],
    ['D:20240315103000Z', '2024-03-15T10:30:00Z'],
    ["D:20261201123928Z'", '2026-12-01T12:39:28Z'],
    ['D:20240315103000+0200', '2024-03-15T08:30:00Z'],
    ['20240315103000Z', '2024-03-15T10:30:00Z'],
    // No zone: the writer's clock is unknown, so only the day is kept.
    ['D:20240315103000', '2024-03-15'],
    ['D:20240315', '2024-03-15'],
    ['D:2024', null],
    ['D:202403', null],
    ['D:20240230', null],
    ['yesterday', null],
    ['', null],
  ])('%s -> %s', (raw, expected) => {
    expect(parsePdfDate(raw)).toBe(expected);
  });
});

describe('document information', () => {
  it.each([
    ['Microsoft Word - briefing.docx', null],
    ['Microsoft PowerPoint - Q1 results', null],
    ['report_final_v2.pdf', null],
    ['Untitled', null],
    ['Untitled 1', null],
    ['Document1', null],
    ['C:\\Users\\jo\\Desktop\\draft', null],
    ['   ', null],
    ['Border Crossings in the First Quarter', 'Border Crossings in the First Quarter'],
    ['Обстановка на границе', 'Обстановка на границе'],
  ])('title %j -> %j', (raw, expected) => {
    expect(usableTitle(raw)).toBe(expected);
  });

  it('drops account names as authors, keeps people', () => {
    expect(usableAuthor('Administrator')).toBeNull();
    expect(usableAuthor('user')).toBeNull();
    expect(usableAuthor('Ольга Коваленко')).toBe('Ольга Коваленко');
  });

  it('falls back to XMP when the dictionary is silent, and keeps an unreadable date raw', () => {
    const xmp: Record<string, string> = { 'dc:title': 'From XMP', 'dc:creator': 'Jane Okafor', 'xmp:createdate': '2024-03-15T10:30:00+02:00' };
    expect(pdfFields({}, (name) => xmp[name])).toMatchObject({ title: 'From XMP', author: 'Jane Okafor', date: '2024-03-15T08:30:00Z' });
    expect(pdfFields({ CreationDate: 'last Tuesday' }).meta.date_raw).toBe('last Tuesday');
  });
});

describe('joinLine', () => {
  const none = new Set<string>();
  it.each([
    ['the official infor-', 'mation about', 'the official information about'],
    ['a pro-', 'Russian gesture', 'a pro-Russian gesture'],
    ['the COVID-', '19 rules', 'the COVID-19 rules'],
    ['from 1990-', '2000 on', 'from 1990-2000 on'],
    ['a soft infor\u00AD', 'mation', 'a soft information'],
    ['the closure—', 'which was', 'the closure—which was'],
    ['ends here.', 'Next one', 'ends here. Next one'],
    ['a self-', 'imposed rule', 'a self-imposed rule'],
    ['кто-', 'либо из них', 'кто-либо из них'],
    ['информа-', 'ция о', 'информация о'],
    ['a dash -', 'then', 'a dash - then'],
  ])('%j + %j', (text, next, expected) => {
    expect(joinLine(text, next, none)).toBe(expected);
  });

  it('keeps a hyphen the document writes elsewhere, drops one it does not', () => {
    const vocabulary = vocabularyOf(['an early-morning watch', 'the well-known road', 'the informational leaflet']);
    expect(joinLine('the early-', 'morning gap', vocabulary)).toBe('the early-morning gap');
    expect(joinLine('the in-', 'formational leaflet', vocabulary)).toBe('the informational leaflet');
    expect(joinLine('the daily bul-', 'letin', vocabulary)).toBe('the daily bulletin');
  });
});

describe('running headers, footers and page numbers', () => {
  const line = (text: string, y: number): PdfLine => ({ text, x: 72, right: 300, y, size: 10 });
  const page = (n: number, body: string): { top: number; bottom: number; lines: PdfLine[]; skipped: number } => ({
    top: 0,
    bottom: 800,
    skipped: 0,
    lines: [line('Quarterly Report — Border Monitoring', 30), line(body, 100), line(`${body} continued`, 700), line(`- ${n} -`, 780)],
  });

  it('drops lines repeated at the top or bottom of most pages, numbers blanked', () => {
    const pages = [page(1, 'Alpha'), page(2, 'Beta'), page(3, 'Gamma')];
    expect(runningLines(pages).map((drop) => [...drop].sort())).toEqual([
      [0, 3],
      [0, 3],
      [0, 3],
    ]);
  });

  it('keeps a line repeated in the middle of pages, and anything on a single page but its number', () => {
    const middle = [1, 2].map((n) => ({ ...page(n, 'Same'), lines: [line('Same', 300), line('Same again', 400)] }));
    expect(runningLines(middle).map((drop) => drop.size)).toEqual([0, 0]);
    expect([...(runningLines([page(1, 'Only')])[0] ?? [])]).toEqual([3]);
  });

  it.each(['7', '- 7 -', 'Page 7', 'Page 7 of 12', '7 / 12', 'Стр. 7', 'xii', '(3)'])('%s is a page number', (text) => {
    expect(isPageNumber(text)).toBe(true);
  });

  it.each(['Civil', 'In 2024 the unit', 'Table 3: queues'])('%s is not', (text) => {
    expect(isPageNumber(text)).toBe(false);
  });
});

describe('linesOfPage', () => {
  const flip = [1, 0, 0, -1, 0, 800];
  const run = (str: string, x: number, y: number, width: number, size = 10): PdfRun => ({ str, transform: [size, 0, 0, size, x, y], width });

  it('joins runs on one baseline, adds the spaces a gap means, and drops text drawn twice for bold', () => {
    const page = linesOfPage(
      [run('Kresny', 72, 700, 30), run('Most', 105, 700, 20), run('Most', 105.3, 700, 20), run('x', 126, 703, 4, 6), run('Next line', 72, 688, 40)],
      flip,
      600,
      800,
    );
    expect(page.lines.map((l) => [l.text, l.y])).toEqual([
      ['Kresny Most x', 100],
      ['Next line', 112],
    ]);
  });

  it('reads a page whose text is turned a quarter, and leaves out a diagonal watermark', () => {
    // Text set bottom-to-top (rotated 90° anticlockwise), lines stepping right.
    const turned = (str: string, x: number, y: number): PdfRun => ({ str, transform: [0, 10, -10, 0, x, y], width: 50 });
    const watermark: PdfRun = { str: 'DRAFT', transform: [7, 7, -7, 7, 300, 400], width: 80 };
    const page = linesOfPage([turned('First line', 100, 100), watermark, turned('Second line', 112, 100)], flip, 600, 800);
    expect(page.lines.map((l) => l.text)).toEqual(['First line', 'Second line']);
    expect(page.skipped).toBe(5);
  });
});

describe('blocksOfPages', () => {
  const at = (text: string, x: number, y: number, right = 500): PdfLine => ({ text, x, right, y, size: 10 });

  it('splits paragraphs at first-line indents when there is no space between them', () => {
    const lines = [
      at('First paragraph starts here and runs', 90, 100),
      at('to the end of its line and stops.', 72, 112, 300),
      at('Second paragraph starts indented and', 90, 124),
      at('ends on this line.', 72, 136, 200),
    ];
    const blocks = blocksOfPages([{ page: 1, lines }]);
    expect(blocks.map((b) => b.text)).toEqual([
      'First paragraph starts here and runs to the end of its line and stops.',
      'Second paragraph starts indented and ends on this line.',
    ]);
    expect(blocks.every((b) => b.page === 1 && b.kind === 'paragraph')).toBe(true);
  });

  it('carries a paragraph over a page break as a second block, mending a word broken there', () => {
    const pages = [
      { page: 1, lines: [at('The bulletins give the official infor-', 72, 700)] },
      { page: 2, lines: [at('mation about hours.', 72, 100, 200), at('A new paragraph.', 72, 130, 150)] },
    ];
    expect(blocksOfPages(pages)).toEqual([
      { kind: 'paragraph', text: 'The bulletins give the official information', page: 1, gap: 2 },
      { kind: 'paragraph', text: 'about hours.', page: 2, gap: 1 },
      { kind: 'paragraph', text: 'A new paragraph.', page: 2, gap: 2 },
    ]);
  });
});
