// PDF import on real files made with LibreOffice (see tests/fixtures/formats/pdf/README.md):
// reading order, page starts, hyphenation, running headers and page numbers, metadata, Cyrillic,
// every refusal, progress, and the whole way into a workspace where the text is searchable.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../api/types.js';
import type { ParsedDocument } from '../../db/import/parsed-document.js';
import { ENCRYPTED, NO_TEXT_LAYER } from '../../db/import/parse-pdf.js';
import { readAndParse } from '../../db/import/read-and-parse.js';
import { openWorkbench } from '../../db/workbench.js';
import { tempDir } from '../support/workspace.js';
import { expectBlocksTileBody } from './format-fixtures.js';

const PDF = fileURLToPath(new URL('../fixtures/formats/pdf/', import.meta.url));

const parsed = new Map<string, Promise<ParsedDocument>>();

async function parsePdfFile(name: string, onPage?: (page: number, pages: number) => void): Promise<ParsedDocument> {
  const outcome = await readAndParse(join(PDF, name), onPage ? { onPage } : {});
  if (!outcome.ok) return expect.fail(`${name} failed: ${outcome.reason}`);
  expect(outcome.documents).toHaveLength(1);
  return outcome.documents[0] as ParsedDocument;
}

/** Reads a fixture through the real entry point, once per file for the tests that only look. */
function readPdf(name: string): Promise<ParsedDocument> {
  let document = parsed.get(name);
  if (!document) parsed.set(name, (document = parsePdfFile(name)));
  return document;
}

async function reasonFor(path: string): Promise<string> {
  const outcome = await readAndParse(path);
  if (outcome.ok) return expect.fail(`${path} should have failed`);
  return outcome.reason;
}

/** The text of each block, with its kind (and level). */
function blockTexts(document: ParsedDocument): string[] {
  return document.blocks.map((b) => `${b.kind}${b.level ?? ''}: ${document.body.slice(b.start, b.end)}`);
}

/** The body from the start of `page` to the start of the next page. */
function pageText(document: ParsedDocument, page: number): string {
  const start = document.pages.find((p) => p.page === page)?.start;
  const end = document.pages.find((p) => p.page === page + 1)?.start;
  if (start === undefined) return expect.fail(`no page ${page}`);
  return document.body.slice(start, end);
}

describe('report-en.pdf: a three-page report with a running header and page numbers', () => {
  it('takes title, author and date from the document information', async () => {
    const document = await readPdf('report-en.pdf');
    expect(document).toMatchObject({
      title: 'Border Crossings in the First Quarter',
      author: 'Jane Okafor',
      // LibreOffice writes the export time, "D:20261201123928Z'" (a stray apostrophe after Z).
      date: '2026-12-01T12:39:28Z',
      language: 'en',
      meta: { pages: '3', producer: 'LibreOffice 7.4', creator_tool: 'Writer' },
    });
  });

  it('reads the text in order, as headings and paragraphs', async () => {
    const document = await readPdf('report-en.pdf');
    const blocks = blockTexts(document);
    expect(blocks.filter((b) => b.startsWith('heading'))).toEqual([
      'heading1: Border Crossings in the First Quarter',
      'heading2: Sources and method',
      'heading2: Queue lengths',
      'heading2: Statements by the border services',
      'heading2: Smaller crossings',
      'heading2: Outlook',
      'heading2: Recommendations',
    ]);
    expect(blocks[1]).toBe(
      'paragraph: This report summarises what the monitoring unit observed at the eastern crossings between January and March. ' +
        'It draws on daily logs kept by the field teams, on interviews with drivers and customs staff, and on the public statements ' +
        'of both border services. Where the sources disagree, the disagreement is noted rather than resolved.',
    );
    const order = [
      'This report summarises',
      'Traffic fell sharply',
      'Sources and method',
      'Interviews were conducted',
      'A regional paper',
      'Recommendations',
      'Finally, the unit thanks',
    ];
    const positions = order.map((text) => document.body.indexOf(text));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(document.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(19);
  });

  it('records where each page starts, splitting a paragraph that runs over a page break', async () => {
    const document = await readPdf('report-en.pdf');
    expect(document.pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(pageText(document, 1)).toMatch(/^Border Crossings in the First Quarter\n\nThis report/);
    expect(pageText(document, 2)).toMatch(/^A regional paper, quoting sources in the local customs office/);
    expect(pageText(document, 3)).toMatch(/^field logs disagreed on eight days out of ninety/);
    // Every page starts a block, and the paragraph carried over is one line break from its start.
    for (const { start } of document.pages) expect(document.blocks.some((b) => b.start === start)).toBe(true);
    expect(document.body).toContain('In the first quarter the bulletins and the\nfield logs disagreed');
  });

  it('joins words hyphenated at a line end, keeps real hyphens', async () => {
    const document = await readPdf('report-en.pdf');
    // "infor-" ends a line in the PDF, "mation" starts the next.
    expect(document.body).toContain('these give the official information about opening hours');
    // "pro-" ends a line, "Russian" starts the next: a capital after the hyphen keeps it.
    expect(document.body).toContain('described the January closure as a pro-Russian gesture');
    expect(document.body).not.toMatch(/infor-|pro- /);
  });

  it('leaves out the running header and the page numbers', async () => {
    const document = await readPdf('report-en.pdf');
    expect(document.body).not.toContain('Border Monitoring Unit');
    expect(document.body).not.toMatch(/Page \d/);
  });

  it('reports progress page by page', async () => {
    const seen: [number, number][] = [];
    await parsePdfFile('report-en.pdf', (page, pages) => seen.push([page, pages]));
    expect(seen[0]).toEqual([1, 3]);
    expect(seen[seen.length - 1]).toEqual([3, 3]);
  });
});

describe('report-ru.pdf: Cyrillic text layer', () => {
  it('reads Russian text, title and author, and tells the language', async () => {
    const document = await readPdf('report-ru.pdf');
    expect(document).toMatchObject({ title: 'Обстановка на границе в марте', author: 'Ольга Коваленко', language: 'ru' });
    expect(blockTexts(document)[0]).toBe('heading1: Обстановка на границе в марте');
    expect(document.body).toContain('Показания водителей о неофициальных платежах за продвижение в очереди по-прежнему не подтверждены.');
    expect(document.body).not.toMatch(/[ÐÑÃ]|\uFFFD/);
  });

  it('starts page 2 mid-paragraph and drops the bare page numbers', async () => {
    const document = await readPdf('report-ru.pdf');
    expect(document.pages.map((p) => p.page)).toEqual([1, 2]);
    expect(pageText(document, 1)).toMatch(/наблюдатели подняли архивные записи\n$/);
    expect(pageText(document, 2)).toMatch(/^за март\. Тогда средняя очередь/);
    expect(document.body).not.toMatch(/^\d+$/m);
  });
});

describe('columns.pdf: two columns and a list', () => {
  it('reads the left column before the right, lines never interleaved', async () => {
    const document = await readPdf('columns.pdf');
    // "Untitled 1" in the metadata is a stand-in: the heading is the title.
    expect(document.title).toBe('Weekly Bulletin: Northern Crossings');
    expect(blockTexts(document)).toEqual([
      'heading1: Weekly Bulletin: Northern Crossings',
      expect.stringMatching(/^paragraph: Left column first paragraph\. .* in the harvest season\.$/),
      expect.stringMatching(/^paragraph: Left column second paragraph\. At Vysoke the early-morning gap .* once a week\.$/),
      'paragraph: The team will keep watching these points this week:',
      'list-item1: the time the day shift arrives at Vysoke, recorded to the minute by the observer at the gate;',
      'list-item1: the length of the lorry queue at Dolna;',
      'list-item1: any notice of new fees.',
      expect.stringMatching(/^paragraph: Right column first paragraph\. .* by the field team\.$/),
      expect.stringMatching(/^paragraph: Right column second paragraph\. .* in the next bulletin\.$/),
      expect.stringMatching(/^paragraph: Right column third paragraph\. .* an early-morning watch at Vysoke until then\.$/),
    ]);
    // List items sit one line break apart.
    expect(document.body).toContain('gate;\nthe length of the lorry queue at Dolna;\nany notice');
  });
});

describe('metadata and fonts', () => {
  it('ignores a title that is a tool’s stand-in ("Microsoft Word - x.docx"), and reads a PDF restricted by an owner password', async () => {
    const document = await readPdf('permissions-only.pdf');
    expect(document.title).toBe('Field note 14: the night shift at Vysoke');
    expect(blockTexts(document)).toEqual([
      'paragraph: Field note 14: the night shift at Vysoke',
      'paragraph: On the morning of 12 March the crossing at Vysoke opened at 06:35, thirty-five minutes late. The night shift had left at six; the day shift arrived by bus at half past. Eleven day labourers waited at the gate.',
    ]);
  });

  it('reads fonts that are not embedded with the data shipped in pdfjs-dist, offline', async () => {
    const document = await readPdf('unembedded-fonts.pdf');
    // Helvetica needs the standard-font data; the Japanese line needs the built-in CMaps.
    expect(document.body).toBe('Standard fonts need no embedding.\n\nThe crossing at Kresny Most reopened on 17 January.\n\n日本語');
    expect(document).toMatchObject({ title: 'Unembedded fonts', author: 'Assay tests', date: '2024-03-15T08:30:00Z' });
  });
});

describe('every PDF that imports', () => {
  it.each(['report-en.pdf', 'report-ru.pdf', 'columns.pdf', 'permissions-only.pdf', 'unembedded-fonts.pdf'])('%s: blocks tile the body, each on a page', async (name) => {
    const document = await readPdf(name);
    expectBlocksTileBody(document);
    expect(document.pages[0]).toEqual({ page: 1, start: 0 });
  });
});

describe('PDFs that cannot be imported', () => {
  it.each([
    ['scan.pdf', NO_TEXT_LAYER],
    ['encrypted.pdf', ENCRYPTED],
    ['truncated.pdf', 'truncated: the file ends before the PDF does — copy or download it again'],
    ['really-text.pdf', 'not a PDF: this file is plain text named .pdf — rename it to .txt and import it again'],
  ])('%s', async (name, reason) => {
    expect(await reasonFor(join(PDF, name))).toBe(reason);
  });

  it('says so exactly for a scan and for a password', () => {
    expect(NO_TEXT_LAYER).toBe('no text layer: this looks like a scanned PDF — run OCR on it first');
    expect(ENCRYPTED).toBe('encrypted: this PDF needs its password — save an unprotected copy and import that');
  });

  it('names a PDF whose structure is broken as damaged', async () => {
    const reportPdf = fileURLToPath(new URL('../fixtures/import/report.pdf', import.meta.url));
    expect(await reasonFor(reportPdf)).toBe('damaged: this PDF cannot be read (Invalid PDF structure) — open it in a PDF reader and save a new copy');
  });
});

describe('PDF through the workbench', () => {
  it('stores the documents, makes them searchable, reports page progress and each failure', async () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    mkdirSync(input);
    for (const name of ['report-en.pdf', 'report-ru.pdf', 'scan.pdf', 'encrypted.pdf']) copyFileSync(join(PDF, name), join(input, name));
    const events: ImportProgress[] = [];
    const wb = openWorkbench(join(dir, 'w.db'), { onProgress: (p) => events.push(p) });
    try {
      const report = await wb.importPaths({ paths: [input] });
      expect(report.added.map((a) => a.title).sort()).toEqual(['Border Crossings in the First Quarter', 'Обстановка на границе в марте']);
      expect(Object.fromEntries(report.failed.map((f) => [f.origin.split('/').pop(), f.reason]))).toEqual({
        'scan.pdf': NO_TEXT_LAYER,
        'encrypted.pdf': ENCRYPTED,
      });
      const english = report.added.find((a) => a.origin.endsWith('report-en.pdf'))!;
      const russian = report.added.find((a) => a.origin.endsWith('report-ru.pdf'))!;
      const stored = await wb.getDocument({ id: english.id });
      expect(stored.body).toContain('these give the official information about opening hours');
      expect((await wb.search({ query: 'information' })).hits.map((h) => h.id)).toContain(english.id);
      expect((await wb.search({ query: '"pro-Russian gesture"' })).hits.map((h) => h.id)).toContain(english.id);
      expect((await wb.search({ query: 'наблюдатели' })).hits.map((h) => h.id)).toContain(russian.id);
      expect(events.map((e) => e.current)).toContain(`${join(input, 'report-en.pdf')} (page 3 of 3)`);
    } finally {
      wb.close();
    }
  });
});
