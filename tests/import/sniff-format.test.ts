// Content sniffing: formats told from their first bytes, files with no or the wrong extension read
// as what they are, and the "unsupported type" reason kept for what cannot be told.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseFormat } from '../../db/import/choose-format.js';
import { parseBytes, readAndParse, SUPPORTED_EXTENSIONS } from '../../db/import/read-and-parse.js';
import { sniffFormat } from '../../db/import/sniff-format.js';
import { formatFor } from '../../db/import/supported-formats.js';
import { walkPaths } from '../../db/import/walk-paths.js';

const FORMATS = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));
const SNIFF = join(FORMATS, 'sniff');

// A minimal ZIP local header: signature, version, flags, method 0, times, crc, sizes, name length, extra length.
function zipWith(...entries: [name: string, content: string][]): Buffer {
  const parts: Buffer[] = [];
  for (const [name, content] of entries) {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt32LE(Buffer.byteLength(content), 18);
    header.writeUInt32LE(Buffer.byteLength(content), 22);
    header.writeUInt16LE(Buffer.byteLength(name), 26);
    parts.push(header, Buffer.from(name), Buffer.from(content));
  }
  return Buffer.concat(parts);
}

function ole2With(...streamNames: string[]): Buffer {
  const signature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([signature, Buffer.alloc(504), ...streamNames.map((n) => Buffer.from(n, 'utf16le'))]);
}

const sniffed = (bytes: Uint8Array | string): string | null | undefined => sniffFormat(typeof bytes === 'string' ? Buffer.from(bytes) : bytes)?.extension;

describe('sniffFormat', () => {
  it('knows binary signatures', () => {
    expect(sniffed(readFileSync(join(SNIFF, 'crossing-hours.txt')))).toBe('.pdf');
    expect(sniffed('{\\rtf1\\ansi Hello}')).toBe('.rtf');
    expect(sniffed(readFileSync(join(FORMATS, 'mail', 'convoy.msg')))).toBe('.msg');
  });

  it('tells Office, OpenDocument and EPUB files from a plain ZIP by their entries', () => {
    expect(sniffed(zipWith(['[Content_Types].xml', '<Types/>'], ['word/document.xml', '<w:document/>']))).toBe('.docx');
    expect(sniffed(zipWith(['mimetype', 'application/vnd.oasis.opendocument.text'], ['content.xml', '<office/>']))).toBe('.odt');
    expect(sniffed(zipWith(['mimetype', 'application/epub+zip'], ['META-INF/container.xml', '<container/>']))).toBe('.epub');
    expect(sniffed(zipWith(['[Content_Types].xml', '<Types/>'], ['xl/workbook.xml', '<workbook/>']))).toBe('.xlsx');
    expect(sniffed(zipWith(['photos/a.jpg', 'xx']))).toBe('.zip');
  });

  it('tells an Outlook message from other OLE2 files, and refuses a password-protected Office file', () => {
    expect(sniffed(ole2With('__substg1.0_0037001F'))).toBe('.msg');
    expect(sniffed(ole2With('WordDocument'))).toBe('.doc');
    expect(sniffFormat(ole2With('EncryptionInfo', 'EncryptedPackage'))).toMatchObject({
      extension: null,
      refusal: 'a password-protected Office document — it needs its password: open it, save it without one and import that copy',
    });
  });

  it('knows web pages, also after a "saved from" comment, a BOM or an XML declaration', () => {
    expect(sniffed('<!DOCTYPE html><html><body>x</body></html>')).toBe('.html');
    expect(sniffed('\uFEFF\n  <html lang="en"><p>x')).toBe('.html');
    expect(sniffed('<!-- saved from url=(0022)https://example.org/ -->\n<html><p>x')).toBe('.html');
    expect(sniffed('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">')).toBe('.html');
    expect(sniffed('<p>a fragment is not a page</p>')).toBeUndefined();
  });

  it('knows a message by its headers and a mailbox by its "From " line', () => {
    expect(sniffed('Received: from mx.example.org\n\tby mail.example.com; Mon, 7 Mar 2022\nFrom: a@example.org\nSubject: Hi\n\nBody')).toBe('.eml');
    expect(sniffed('Message-ID: <1@x>\r\nSubject: Hi\r\n\r\nBody')).toBe('.eml');
    expect(sniffed('From a@example.org Mon Mar  7 09:00:00 2022\nFrom: a@example.org\nSubject: Hi\n\nBody')).toBe('.mbox');
    expect(sniffed('From - Mon Mar 07 09:00:00 2022\nX-Mozilla-Status: 0001\nFrom: a@example.org\nDate: Mon, 7 Mar 2022 09:00:00 +0000\n\nBody')).toBe('.mbox');
  });

  it('does not take prose for a message', () => {
    expect(sniffed('To: all staff\nThe canteen closes early today.\n')).toBeUndefined();
    expect(sniffed('Subject: budget\n\nWe need to talk.')).toBeUndefined();
    expect(sniffed('From the border, reports are mixed.\nSubject: none')).toBeUndefined();
  });

  it('knows JSON and JSON lines', () => {
    expect(sniffed('[{"title": "a", "body": "b"}]')).toBe('.json');
    expect(sniffed('{"title": "a", "body": "b"}\n{"title": "c", "body": "d"}\n')).toBe('.jsonl');
    expect(sniffed('{"documents": [\n{"title": "a"}]}')).toBe('.json');
  });

  it('says nothing of plain text, images or empty files', () => {
    expect(sniffFormat(Buffer.from('Just a note about the border.\n'))).toBeNull();
    expect(sniffFormat(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBeNull();
    expect(sniffFormat(new Uint8Array(0))).toBeNull();
  });
});

describe('chooseFormat', () => {
  it('keeps the extension when the content agrees or shows nothing', () => {
    expect(chooseFormat('a.txt', Buffer.from('plain words'))).toEqual({ format: 'text' });
    expect(chooseFormat('a.html', Buffer.from('<!doctype html><p>x'))).toEqual({ format: 'html' });
    expect(chooseFormat('a.md', Buffer.from('<html><body>Markdown may hold HTML</body></html>'))).toEqual({ format: 'markdown' });
  });

  it('lets a text shape win only over extensions that are often wrong', () => {
    expect(chooseFormat('saved.txt', Buffer.from('From: a@example.org\nSubject: Hi\n\nBody'))).toEqual({ format: 'eml' });
    expect(chooseFormat('page.txt', Buffer.from('<!DOCTYPE html><p>x'))).toEqual({ format: 'html' });
    expect(chooseFormat('data.json', Buffer.from('From: a@example.org\nSubject: Hi\n\nBody'))).toEqual({ format: 'json' });
    // A .pdf holding a web page is a failed download, not a page to import: the PDF reader says so.
    const download = chooseFormat('download.pdf', Buffer.from('<!DOCTYPE html><title>403 Forbidden</title>'));
    expect(download).toEqual(formatFor('x.pdf') ? { format: formatFor('x.pdf') } : { format: 'html' });
  });

  it('reads extension-less files as what they are, and knows nothing of unreadable ones', () => {
    expect(chooseFormat('Inbox', Buffer.from('From a@example.org Mon Mar  7 09:00:00 2022\nFrom: a@example.org\nSubject: Hi\n\nBody'))).toEqual({ format: 'mbox' });
    expect(chooseFormat('notes', Buffer.from('plain words'))).toBeNull();
    expect(chooseFormat('photo.jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBeNull();
  });
});

describe('sniffing in the import', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'assay-sniff-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads an e-mail saved without extension as an e-mail', async () => {
    const path = join(SNIFF, 'forwarded-message');
    const outcome = await readAndParse(path);
    if (!outcome.ok) return expect.fail(outcome.reason);
    expect(outcome.documents).toHaveLength(1);
    expect(outcome.documents[0]).toMatchObject({
      title: 'Fwd: crossing hours from 8 March',
      author: 'Olena Kovalenko <olena.kovalenko@monitor.example>',
      date: '2022-03-08T06:45:00Z',
      origin: path,
    });
    expect(outcome.documents[0]!.body).toMatch(/^From tomorrow the Gomel crossing opens at 07:00/);
  });

  it('reads a PDF saved as .txt as a PDF, not as mojibake', async () => {
    const outcome = await readAndParse(join(SNIFF, 'crossing-hours.txt'));
    if (formatFor('x.pdf')) {
      // PDF support is in: the file reads exactly as it would under its real name.
      const asPdf = await parseBytes('crossing-hours.pdf', readFileSync(join(SNIFF, 'crossing-hours.txt')));
      if (!outcome.ok || !asPdf.ok) return expect.fail('the PDF should import');
      expect(outcome.documents[0]!.body).toBe(asPdf.documents[0]!.body);
      expect(outcome.documents[0]!.body).toContain('Gomel crossing opens at 07:00');
    } else {
      expect(outcome).toEqual({
        ok: false,
        reason: 'binary file (looks like a PDF document) — Assay imports text, HTML, JSON, JSONL, e-mail, Word, OpenDocument, EPUB and RTF',
      });
    }
  });

  it('lists extension-less files in folders and keeps "unsupported type" for what cannot be told', async () => {
    writeFileSync(join(dir, 'README'), 'Just some notes, no format at all.\n');
    writeFileSync(join(dir, 'page'), '<!DOCTYPE html><title>Saved page</title><p>Text of the saved page.</p>');
    expect(walkPaths([dir]).map((e) => e.path)).toEqual([join(dir, 'README'), join(dir, 'page')]);
    expect(await readAndParse(join(dir, 'README'))).toEqual({
      ok: false,
      reason: `unsupported type (no file extension) — Assay reads ${SUPPORTED_EXTENSIONS.join(', ')}`,
    });
    const page = await readAndParse(join(dir, 'page'));
    expect(page.ok && page.documents[0]).toMatchObject({ title: 'Saved page', body: 'Text of the saved page.' });
  });

  it('sniffs an unknown extension before refusing it, and refuses what it cannot read', async () => {
    writeFileSync(join(dir, 'export.dat'), 'From: a@example.org\nSubject: Exported message\nDate: Mon, 7 Mar 2022 09:00:00 +0000\n\nBody of the export.\n');
    const exported = await readAndParse(join(dir, 'export.dat'));
    expect(exported.ok && exported.documents[0]?.title).toBe('Exported message');
    writeFileSync(join(dir, 'photo.jpeg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    expect(await readAndParse(join(dir, 'photo.jpeg'))).toEqual({ ok: false, reason: `unsupported type (.jpeg) — Assay reads ${SUPPORTED_EXTENSIONS.join(', ')}` });
  });

  it('refuses a password-protected Office file under a name whose parser would not know it', async () => {
    const outcome = await parseBytes('minutes.txt', ole2With('EncryptionInfo', 'EncryptedPackage'));
    expect(outcome).toEqual({ ok: false, reason: 'a password-protected Office document — it needs its password: open it, save it without one and import that copy' });
  });
});
