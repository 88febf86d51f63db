// JSON and JSONL: whole files or nothing, with the culprit's line or item number.
import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { parseBytes } from '../../db/import/read-and-parse.js';
import { failFixture, fixture, importFixture, onlyDocument } from './fixtures.js';

describe('JSON', () => {
  it('imports an array of objects with every field', async () => {
    const [first, second] = await importFixture('items.json');
    expect(first).toEqual({
      title: 'First report',
      body: 'Troops were seen moving north of the city on Monday evening.',
      source: 'Field Office',
      author: 'A. Smith, B. Jones',
      url: 'https://example.org/reports/1',
      date: '2022-03-06',
      language: 'en',
      meta: { reliability: 'B', tags: '["troops","north"]' },
      origin: `${fixture('items.json')}#1`,
      blocks: [{ kind: 'paragraph', start: 0, end: 60 }],
      pages: [],
    });
    expect(second).toMatchObject({
      title: 'Второе сообщение поступило вечером.',
      author: 'Иван Петров',
      date: '2022-03-07T15:45:00Z',
      language: 'ru',
      origin: `${fixture('items.json')}#2`,
    });
  });

  it('imports {"documents": [...]} and keeps an unreadable date as date_raw', async () => {
    const documents = await importFixture('wrapped.json');
    expect(documents.map((d) => d.title)).toEqual(['Wrapped one', 'Wrapped two']);
    expect(documents[1]?.date).toBeNull();
    expect(documents[1]?.meta.date_raw).toBe('not a date');
  });

  it('imports a single object with the plain path as origin', async () => {
    const document = await onlyDocument('single.json');
    expect(document).toMatchObject({ title: 'Single object', source: 'Desk', origin: fixture('single.json') });
  });

  it('fails the whole file when one item has no body', async () => {
    expect(await failFixture('no-body.json')).toBe('JSON item 3 has no body or text');
  });

  it('names the line of a syntax error', async () => {
    expect(await failFixture('malformed.json')).toBe("malformed JSON on line 3, column 38: Expected ',' or '}' after property value");
  });

  it.each([
    ['[]', 'JSON holds no documents (the list is empty)'],
    ['"just a string"', 'JSON holds no documents (expected an object, an array of objects or {"documents": [...]})'],
    ['[{"body": "ok"}, 42]', 'JSON item 2 is not an object (expected {"title": …, "body": …})'],
    ['[{"body": 42}]', 'JSON item 1 has a body that is not text'],
    ['[{"body": "  "}]', 'JSON item 1 has an empty body'],
    ['{"title": "x"}', 'the JSON object has no body or text'],
    ['  \n ', 'empty file (only whitespace)'],
    ['{"a": [1, 2}', "malformed JSON on line 1, column 12: Expected ',' or ']' after array element"],
  ])('refuses %s', async (text, reason) => {
    expect(await parseBytes('x.json', Buffer.from(text))).toEqual({ ok: false, reason });
  });

  it('reads a JSON file saved in windows-1251', async () => {
    const bytes = iconv.encode('[{"title": "Сводка", "body": "Колонна техники прошла через город ночью."}]', 'windows-1251');
    const outcome = await parseBytes('ru.json', bytes);
    expect(outcome.ok && outcome.documents[0]).toMatchObject({ title: 'Сводка', body: 'Колонна техники прошла через город ночью.', meta: { encoding: 'windows-1251' } });
  });

  it('normalises bodies (CRLF inside strings, NFC)', async () => {
    const outcome = await parseBytes('x.json', Buffer.from('{"body": "Cafe\\u0301\\r\\nline"}'));
    expect(outcome.ok && outcome.documents[0]?.body).toBe('Café\nline');
  });
});

describe('JSONL', () => {
  it('imports one document per line, skipping blank lines, with line numbers in origins', async () => {
    const documents = await importFixture('items.jsonl');
    expect(documents.map((d) => d.origin)).toEqual([`${fixture('items.jsonl')}#1`, `${fixture('items.jsonl')}#3`, `${fixture('items.jsonl')}#5`]);
    expect(documents[0]).toMatchObject({ title: 'Line one', date: '2022-03-01' });
    expect(documents[2]).toMatchObject({ title: 'Без заголовка.', language: 'ru' });
  });

  it('fails the whole file on a malformed line, naming it', async () => {
    expect(await failFixture('malformed.jsonl')).toBe("malformed JSON on line 3, column 30: Unexpected token 'o'");
  });

  it('fails the whole file on a line without a body', async () => {
    expect(await failFixture('no-body.jsonl')).toBe('line 2 has no body or text');
  });

  it('counts lines in CRLF files', async () => {
    const outcome = await parseBytes('x.jsonl', Buffer.from('{"body": "a"}\r\n\r\n{"body": "b"\r\n'));
    expect(outcome).toEqual({ ok: false, reason: "malformed JSON on line 3, column 13: Expected ',' or '}' after property value" });
  });
});
