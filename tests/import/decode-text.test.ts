// Encodings: BOMs, strict UTF-8, legacy Cyrillic and Western code pages, and refusing junk.
import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { decodeText } from '../../db/import/decode-text.js';
import { failFixture, onlyDocument } from './fixtures.js';

function decoded(bytes: Uint8Array): { text: string; encoding: string } {
  const result = decodeText(bytes);
  if (!result.ok) return expect.fail(result.reason);
  return { text: result.text, encoding: result.encoding };
}

const RUSSIAN = 'Президент заявил, что армия не получала приказа. «Мы не собираемся воевать», — сказал он в воскресенье.';
const RUSSIAN_PLAIN = 'Президент заявил, что армия не получала приказа. Мы не собираемся воевать, сказал он в воскресенье.';
const UKRAINIAN = 'Президент України заявив, що Білорусь стала співучасницею агресії. Їхня територія використовується для ударів.';

describe('legacy Cyrillic files', () => {
  it('reads the windows-1251 fixture as the right Russian text', async () => {
    const document = await onlyDocument('ru-windows-1251.txt');
    expect(document.title).toBe('Минск не будет участвовать в войне');
    expect(document.body).toContain('белорусская армия не получала приказа');
    expect(document.meta.encoding).toBe('windows-1251');
    expect(document.language).toBe('ru');
  });

  it('reads the KOI8-R fixture as the right Russian text', async () => {
    const document = await onlyDocument('ru-koi8-r.txt');
    expect(document.title).toBe('Переговоры на границе продолжатся в среду');
    expect(document.body).toContain('займёт большую часть дня');
    expect(document.meta.encoding).toBe('koi8-r');
  });

  it.each([
    ['windows-1251', RUSSIAN],
    ['koi8-r', RUSSIAN_PLAIN],
    ['ibm866', RUSSIAN_PLAIN],
    ['iso-8859-5', RUSSIAN_PLAIN],
    ['koi8-u', UKRAINIAN],
    ['windows-1251', UKRAINIAN],
  ])('picks %s for text written in it, without mojibake', (encoding, text) => {
    const result = decoded(iconv.encode(text, encoding));
    expect(result.text).toBe(text);
    expect(result.encoding).toBe(encoding);
  });

  it('keeps DOS box-drawing tables in IBM866', () => {
    const table = '┌───────┬──────┐\n│ Город │ Люди │\n└───────┴──────┘\nИтого по области';
    const result = decoded(iconv.encode(table, 'ibm866'));
    expect(result.text).toBe(table);
  });
});

describe('Western and Unicode files', () => {
  it('reads windows-1252 French text, curly quotes included', async () => {
    const document = await onlyDocument('fr-windows-1252.txt');
    expect(document.body).toContain('La délégation a été reçue à l’hôtel de ville — une rencontre');
    expect(document.meta.encoding).toBe('windows-1252');
  });

  it('names windows-1252 for English with only smart quotes', () => {
    const result = decoded(iconv.encode('He said “no” — twice…', 'windows-1252'));
    expect(result).toEqual({ text: 'He said “no” — twice…', encoding: 'windows-1252' });
  });

  it('reads UTF-16LE with a BOM', async () => {
    const document = await onlyDocument('utf16le-bom.txt');
    expect(document.title).toBe('Report from Kyiv');
    expect(document.body).toBe('Report from Kyiv\n\nThe talks resumed on Tuesday morning in the capital.');
    expect(document.meta.encoding).toBe('utf-16le');
  });

  it('reads UTF-16BE with a BOM and UTF-16LE without one', () => {
    const text = 'Привет, world';
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(decoded(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text, encoding: 'utf-16be' });
    expect(decoded(Buffer.from('Plain words in UTF-16', 'utf16le'))).toEqual({ text: 'Plain words in UTF-16', encoding: 'utf-16le' });
  });

  it('prefers valid UTF-8 and strips its BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Привет', 'utf8')]);
    expect(decoded(bytes)).toEqual({ text: 'Привет', encoding: 'utf-8' });
  });

  it('honours a declared charset when the bytes are not UTF-8', () => {
    const result = decodeText(iconv.encode('Zürich Straße', 'windows-1252'), 'iso-8859-1');
    expect(result).toEqual({ ok: true, text: 'Zürich Straße', encoding: 'windows-1252' });
  });
});

describe('refusals', () => {
  it('refuses bytes that are plausible in no encoding', async () => {
    expect(await failFixture('noise.txt')).toBe('not valid text in any known encoding (tried UTF-8, windows-1251, KOI8-R, KOI8-U, IBM866, ISO-8859-5, windows-1252)');
  });

  it('refuses NUL bytes as binary', () => {
    expect(decodeText(new Uint8Array([0x41, 0, 0x42, 0x43, 0x44, 0x45]))).toEqual({
      ok: false,
      reason: 'binary file (contains NUL bytes) — Assay imports text, HTML, JSON, JSONL, e-mail, Word, OpenDocument, EPUB, RTF and PDF',
    });
  });

  it('names well-known binary formats', () => {
    const result = decodeText(Buffer.from('%PDF-1.7\nrest'));
    expect(result).toEqual({
      ok: false,
      reason: 'binary file (looks like a PDF document) — Assay imports text, HTML, JSON, JSONL, e-mail, Word, OpenDocument, EPUB, RTF and PDF',
    });
  });

  it('refuses valid UTF-8 full of control characters', () => {
    const bytes = Buffer.from('ab\u0001\u0002\u0003cd\u0004\u0005\u0006ef\u0007\u0008', 'utf8');
    expect(decodeText(bytes)).toEqual({
      ok: false,
      reason: 'binary file (contains control characters) — Assay imports text, HTML, JSON, JSONL, e-mail, Word, OpenDocument, EPUB, RTF and PDF',
    });
  });

  it('refuses broken UTF-16', () => {
    const result = decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]));
    expect(result).toEqual({ ok: false, reason: 'not valid UTF-16LE text (broken surrogate pairs)' });
  });
});
