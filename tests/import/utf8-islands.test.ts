// A few UTF-8 words pasted into a legacy-encoded file (fewer than mixed-utf8.ts's run of 12
// sequences): read as UTF-8 where they are, the rest in the file's code page, never as mojibake;
// and legacy text whose bytes form UTF-8 sequences by chance is left alone.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../db/import/decode-text.js';
import { findUtf8Islands, MAX_ISLANDS } from '../../db/import/utf8-islands.js';

function decoded(bytes: Uint8Array): { text: string; encoding: string } {
  const result = decodeText(bytes);
  if (!result.ok) return expect.fail(result.reason);
  return { text: result.text, encoding: result.encoding };
}

/** Text in `encoding`, with each `{…}` part written as UTF-8 instead. */
function pasted(template: string, encoding: string): Buffer {
  return Buffer.concat(template.split(/[{}]/).map((part, i) => (i % 2 === 1 ? Buffer.from(part, 'utf8') : iconv.encode(part, encoding))));
}

const RUSSIAN = 'Президент заявил, что армия не получала приказа. «Мы не собираемся воевать», — сказал он в воскресенье.\n';
const FRENCH = 'La délégation a été reçue à l’hôtel de ville — une rencontre « très cordiale », selon le maire.\n';

describe('a few UTF-8 words in a legacy file', () => {
  it.each([
    ['windows-1251', `${RUSSIAN.repeat(3)}Цитата: {Привет} и {café}.\n${RUSSIAN}`],
    ['windows-1252', `${FRENCH.repeat(3)}He wrote {café} and {naïve}, then {Größe}.\n${FRENCH}`],
    ['windows-1252', `${FRENCH.repeat(3)}Une seule lettre : {é}t{é}.\n${FRENCH}`],
    ['windows-1252', `${FRENCH.repeat(3)}yes{—}no, {“quoted”}, 100{\u00A0}km.\n${FRENCH}`],
    ['koi8-r', `${RUSSIAN.replace(/[«»—]/g, '').repeat(3)}Вставка: {Минск}.\n`],
    ['windows-1251', `${RUSSIAN.repeat(3)}{Ёлка} и {ёж}\n`],
  ])('reads the pasted words of a %s file as UTF-8', (encoding, template) => {
    const result = decoded(pasted(template, encoding));
    expect(result.text).toBe(template.replace(/[{}]/g, ''));
    expect(result.encoding).toBe(`${encoding} + utf-8`);
  });

  it('leaves legacy text alone when its bytes form UTF-8 sequences by chance', () => {
    // IBM866 "там", "сам", "тем" are well-formed 3-byte UTF-8 (braille); windows-1251 "Сё" is 2-byte.
    for (const [encoding, text] of [
      ['ibm866', 'Мы были там, сам он тем летом ушёл. Там и сям.\n'.repeat(20)],
      ['windows-1251', 'Сёмга и Тёма, Рёв и СЁ.\n'.repeat(20)],
      ['windows-1252', 'Daß ÀÂ « ÖÜ » naïve café — ÉTÉ.\n'.repeat(20)],
    ] as const) {
      const result = decoded(iconv.encode(text, encoding));
      expect(result).toEqual({ text, encoding });
    }
  });

  it('refuses, naming both encodings, a file with more pasted words than a legacy file holds', () => {
    const many = pasted(`${FRENCH}${'{café} '.repeat(MAX_ISLANDS + 1)}${FRENCH}`, 'windows-1252');
    expect(decodeText(many)).toEqual({
      ok: false,
      reason: 'mixed text encodings: parts of it read as UTF-8 and others as windows-1252 — save it in one encoding (UTF-8) and import it again',
    });
  });

  it('finds each pasted word where it is', () => {
    const bytes = pasted('Bonne ann\u00e9e, {café} !', 'windows-1252');
    const islands = findUtf8Islands(bytes, (part) => iconv.decode(Buffer.from(part), 'windows-1252'));
    expect(islands).toEqual([{ start: 13, end: 18 }]);
  });
});
