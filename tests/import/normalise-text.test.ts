// Normalisation: the one function every format's body goes through.
import { describe, it, expect } from 'vitest';
import { normaliseLine, normaliseText } from '../../db/import/normalise-text.js';
import { onlyDocument } from './fixtures.js';

describe('normaliseText', () => {
  it('removes the BOM, turns CRLF and CR into LF and trims trailing whitespace', () => {
    expect(normaliseText('\uFEFFone\r\ntwo\rthree  \r\n\r\n')).toBe('one\ntwo\nthree');
  });

  it('composes decomposed characters (NFC)', () => {
    const decomposed = 'cafe\u0301';
    expect(decomposed).toHaveLength(5);
    expect(normaliseText(decomposed)).toBe('caf\u00E9');
    expect(normaliseText(decomposed)).toHaveLength(4);
  });

  it('drops leading blank lines and stray control characters but keeps tabs and indentation', () => {
    expect(normaliseText('\n \n  indented\tcell\u0007\u0000 text')).toBe('  indented\tcell text');
  });

  it('turns Unicode line and paragraph separators into line feeds', () => {
    expect(normaliseText('a\u2028b\u2029c\u0085d')).toBe('a\nb\n\nc\nd');
  });

  it('is idempotent', () => {
    const once = normaliseText('\uFEFF x\r\ny\u0301 \n');
    expect(normaliseText(once)).toBe(once);
  });

  it('normalises a text of many chunks exactly as it would the whole text at once', () => {
    // Each piece may meet a chunk boundary: CR LF pairs, combining marks, surrogate pairs, controls,
    // and long runs with no line or word break to cut at.
    const pieces = ['word ', 'line\r\n', 'Cafe\u0301 ', '\uD83D\uDE00', 'x\u0007y', 'e\u0301\u0301', '\r', 'a'.repeat(70_000), '\u2029', '\u2028'];
    let text = '\n \n';
    for (let i = 0; text.length < 3_500_000; i++) text += pieces[(i * 7) % pieces.length] as string;
    const whole = text
      .replace(/\r\n?|\u0085|\u2028/g, '\n')
      .replace(/\u2029/g, '\n\n')
      .replace(/[^\P{Cc}\t\n\f]/gu, '')
      .normalize('NFC')
      .replace(/^(?:[ \t\f]*\n)+/, '')
      .trimEnd();
    expect(normaliseText(text) === whole).toBe(true);
  });

  it('collapses one-line fields', () => {
    expect(normaliseLine('  Jane\n  Doe\t')).toBe('Jane Doe');
  });
});

describe('normalisation in every format', () => {
  it('a CRLF file with a UTF-8 BOM comes out with LF and no BOM', async () => {
    const document = await onlyDocument('crlf-bom.txt');
    expect(document.body).toBe('Windows line endings\n\nFirst paragraph of the note.\nSecond line.');
    expect(document.meta.encoding).toBeUndefined();
  });

  it('a decomposed é in a file is stored composed', async () => {
    const document = await onlyDocument('decomposed.txt');
    expect(document.body.startsWith('Caf\u00E9 society')).toBe(true);
    expect(document.body.includes('\u0301')).toBe(false);
    expect(document.title).toBe('Caf\u00E9 society');
  });
});
