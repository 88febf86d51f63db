// The entry point: format by extension, the size limit, file-system errors, and every refusal reason.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_FILE_BYTES, SUPPORTED_EXTENSIONS, parseBytes, readAndParse } from '../../db/import/read-and-parse.js';
import { failFixture, fixture, onlyDocument } from './fixtures.js';

const BINARY = 'binary file (contains NUL bytes) — Assay imports text, HTML, JSON, JSONL, e-mail, Word, OpenDocument, EPUB, RTF and PDF';

describe('readAndParse', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'assay-read-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the supported extensions', () => {
    expect(SUPPORTED_EXTENSIONS).toEqual([
      '.txt',
      '.md',
      '.markdown',
      '.html',
      '.htm',
      '.json',
      '.jsonl',
      '.eml',
      '.mbox',
      '.msg',
      '.docx',
      '.odt',
      '.epub',
      '.rtf',
      '.pdf',
    ]);
    expect(MAX_FILE_BYTES).toBe(50 * 1024 * 1024);
  });

  it.each([
    ['binary.txt', BINARY],
    ['empty.txt', 'empty file'],
    ['report.pdf', 'damaged: this PDF cannot be read (Invalid PDF structure) — open it in a PDF reader and save a new copy'],
  ])('refuses %s', async (name, reason) => {
    expect(await failFixture(name)).toBe(reason);
  });

  it('refuses a file over the limit before reading it', async () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, 'x'.repeat(2048));
    expect(await readAndParse(path, { maxBytes: 1024 })).toEqual({ ok: false, reason: 'too large (2048 bytes; the limit is 1024 bytes) — split it' });
    expect(await readAndParse(path, { maxBytes: 4096 })).toMatchObject({ ok: true });
  });

  it('says the size in MB for big files', async () => {
    const path = join(dir, 'bigger.txt');
    writeFileSync(path, Buffer.alloc(Math.round(1.5 * 1024 * 1024), 0x61));
    expect(await readAndParse(path, { maxBytes: 1024 * 1024 })).toEqual({ ok: false, reason: 'too large (1.5 MB; the limit is 1 MB) — split it' });
  });

  it('reports missing files, folders and unknown types', async () => {
    expect(await readAndParse(join(dir, 'missing.txt'))).toEqual({ ok: false, reason: 'no such file or folder' });
    expect(await readAndParse(dir)).toEqual({ ok: false, reason: 'is a folder, not a file' });
    writeFileSync(join(dir, 'README'), 'text');
    expect(await readAndParse(join(dir, 'README'))).toEqual({
      ok: false,
      reason: 'unsupported type (no file extension) — Assay reads .txt, .md, .markdown, .html, .htm, .json, .jsonl, .eml, .mbox, .msg, .docx, .odt, .epub, .rtf, .pdf',
    });
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read', async () => {
    const path = join(dir, 'secret.txt');
    writeFileSync(path, 'secret');
    chmodSync(path, 0o000);
    expect(await readAndParse(path)).toEqual({ ok: false, reason: 'unreadable: permission denied' });
  });

  it('refuses whitespace-only files, and reads a PDF renamed to .txt as a PDF (here a broken one)', async () => {
    expect(await parseBytes('blank.txt', Buffer.from(' \r\n\t\n'))).toEqual({ ok: false, reason: 'empty file (only whitespace)' });
    // The content outranks the extension (sniff-format.ts): the PDF reader, not the text decoder, gives the reason.
    const pdf = await parseBytes('renamed.txt', Buffer.from('%PDF-1.4\nstuff'));
    expect(pdf.ok === false && pdf.reason).toMatch(/PDF/);
    expect(pdf.ok === false && pdf.reason).not.toMatch(/binary file/);
  });

  it('uses the file path as origin and the file name as last-resort title', async () => {
    const document = await onlyDocument('ru-windows-1251.txt');
    expect(document.origin).toBe(fixture('ru-windows-1251.txt'));
  });
});

describe('parseBytes', () => {
  it('picks the format from the name, case-insensitively', async () => {
    const outcome = await parseBytes('Upload.HTM', Buffer.from('<title>Hi there friend</title><p>Body text here.</p>'));
    expect(outcome.ok && outcome.documents[0]).toMatchObject({ title: 'Hi there friend', body: 'Body text here.', origin: 'Upload.HTM' });
  });

  it('applies the same limit and checks', async () => {
    expect(await parseBytes('a.txt', new Uint8Array(0))).toEqual({ ok: false, reason: 'empty file' });
    expect(await parseBytes('a.txt', Buffer.from('abc'), { maxBytes: 2 })).toEqual({ ok: false, reason: 'too large (3 bytes; the limit is 2 bytes) — split it' });
    expect(await parseBytes('a.pages', Buffer.from('abc'))).toMatchObject({ ok: false, reason: expect.stringMatching(/^unsupported type \(\.pages\)/) });
  });
});

describe('Markdown', () => {
  it('takes the title from front matter and renders the text: no Markdown syntax is left in the body', async () => {
    const document = await onlyDocument('article.md');
    expect(document).toMatchObject({ title: 'Front matter headline', author: 'Jane Doe', date: '2022-03-06', meta: { tags: 'belarus, troops' } });
    expect(document.body).toBe('Intro line before the heading.\n\nThe heading in the text\n\nSome Markdown text with a link stays as it is.');
    expect(document.blocks).toEqual([
      { kind: 'paragraph', start: 0, end: 30 },
      { kind: 'heading', level: 1, start: 32, end: 55 },
      { kind: 'paragraph', start: 57, end: 103 },
    ]);
  });

  it('takes the title from the first # heading, not from a label above it or a fenced block', async () => {
    const document = await onlyDocument('heading.md');
    expect(document.title).toBe('Minsk keeps its distance from the war');
    expect(document.body).toBe('Security issues\n\nMinsk keeps its distance from the war\n\n• first bullet\n• second bullet\n\n# not a heading inside a fence');
    const kinds = document.blocks.map((b) => [b.kind, b.level, document.body.slice(b.start, b.end)]);
    expect(kinds).toEqual([
      ['paragraph', undefined, 'Security issues'],
      ['heading', 1, 'Minsk keeps its distance from the war'],
      ['list-item', 1, '• first bullet'],
      ['list-item', 1, '• second bullet'],
      ['preformatted', undefined, '# not a heading inside a fence'],
    ]);
  });

  it('renders quotes, nested lists, tables, line breaks and emphasis as a reader sees them', async () => {
    const source = [
      '# Title',
      '',
      '> Quoted **line**',
      '',
      '1. one',
      '   - nested `code`',
      '2. two',
      '',
      '| City | Units |',
      '| --- | --- |',
      '| Minsk | 12 |',
      '',
      'Hard  ',
      'break and a soft',
      'wrap <script>alert(1)</script>',
    ].join('\n');
    const outcome = await parseBytes('r.md', Buffer.from(source));
    if (!outcome.ok) return expect.fail(outcome.reason);
    const document = outcome.documents[0]!;
    expect(document.body).toBe('Title\n\nQuoted line\n\n1. one\n• nested code\n2. two\n\nCity\tUnits\nMinsk\t12\n\nHard\nbreak and a soft wrap');
    expect(document.blocks.map((b) => [b.kind, b.level])).toEqual([
      ['heading', 1],
      ['quote', undefined],
      ['list-item', 1],
      ['list-item', 2],
      ['list-item', 1],
      ['table-row', undefined],
      ['table-row', undefined],
      ['paragraph', undefined],
    ]);
  });

  it('reads setext headings and strips inline syntax from the title', async () => {
    const outcome = await parseBytes('s.markdown', Buffer.from('The **real** [title](x)\n=====\n\nText.'));
    expect(outcome.ok && outcome.documents[0]?.title).toBe('The real title');
  });
});
