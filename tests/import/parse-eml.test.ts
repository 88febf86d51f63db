// E-mail: headers to fields, plain part preferred, HTML through Assay's converter, charsets honoured.
import { describe, it, expect } from 'vitest';
import { parseBytes } from '../../db/import/read-and-parse.js';
import { fixture, importFixture, onlyDocument } from './fixtures.js';

describe('.eml', () => {
  it('decodes a quoted-printable plain part and an RFC 2047 subject', async () => {
    const document = await onlyDocument('plain-qp.eml');
    expect(document.title).toBe('Réunion à Minsk — résumé');
    expect(document.body).toBe('La réunion s’est tenue à Minsk lundi. Les délégués ont convenu de se revoir.\n\nSecond paragraph of the plain part.');
    expect(document.body).not.toContain('HTML VERSION');
    expect(document.author).toBe('Renée Dupont <renee@lists.example.org>');
    expect(document.date).toBe('2022-03-07T07:15:00Z');
    expect(document.source).toBe('Security Digest');
    expect(document.language).toBe('fr');
    expect(document.meta).toEqual({
      to: 'Desk <desk@example.org>, ops@example.org',
      cc: 'archive@example.org',
      message_id: '<qp-1@lists.example.org>',
      list_id: 'Security Digest <security.lists.example.org>',
    });
  });

  it('converts the HTML part with the HTML-to-text code when there is no plain part', async () => {
    // The attached notes.txt is a document of its own now (see parse-mbox.test.ts), not part of the body.
    const [document, attachment] = await importFixture('html-only.eml');
    if (!document) return expect.fail('no document');
    expect(attachment).toMatchObject({
      body: 'attached notes, not the body',
      origin: `${fixture('html-only.eml')}#attachment:notes.txt`,
      parentOrigin: fixture('html-only.eml'),
    });
    expect(document.body).toBe('Border crossing reopens\n\nTrucks queued for six hours & more.\n\n• First point\n• Second point');
    expect(document.body).not.toContain('SCRIPT TEXT');
    expect(document.body).not.toContain('attached notes');
    expect(document).toMatchObject({ title: 'Border crossing update', source: 'example.com', date: '2022-03-08T06:00:00Z' });
    expect(document.meta).toMatchObject({ body_from: 'html', attachments: 'notes.txt' });
  });

  it('honours a KOI8-R charset in the body and the headers', async () => {
    const document = await onlyDocument('koi8-r.eml');
    expect(document.title).toBe('Отчёт о встрече');
    expect(document.author).toBe('Иван Петров <ivan@news.example.ru>');
    expect(document.body).toBe('Встреча прошла в понедельник. Стороны договорились продолжить работу.');
    expect(document.language).toBe('ru');
  });

  it('maps windows-1252 punctuation correctly', async () => {
    const raw = Buffer.concat([
      Buffer.from('From: a@example.com\r\nSubject: Quotes\r\nContent-Type: text/plain; charset=windows-1252\r\n\r\n'),
      Buffer.from([0x93, 0x68, 0x69, 0x94, 0x20, 0x96, 0x20, 0x6f, 0x6b]),
    ]);
    const outcome = await parseBytes('q.eml', raw);
    expect(outcome.ok && outcome.documents[0]?.body).toBe('“hi” – ok');
  });

  it('falls back to the first line for a missing subject and reports a missing date as null', async () => {
    const outcome = await parseBytes('n.eml', Buffer.from('From: a@example.com\r\n\r\nBorder reopened today\r\n\r\nMore text.\r\n'));
    expect(outcome.ok && outcome.documents[0]).toMatchObject({ title: 'Border reopened today', date: null, author: 'a@example.com' });
  });

  it.each([
    ['From: a@example.com\r\nSubject: Nothing\r\n\r\n   \r\n', 'no text in the e-mail'],
    ['just some words without any header\r\n', 'not an e-mail message (no headers found)'],
  ])('refuses %j', async (raw, reason) => {
    expect(await parseBytes('x.eml', Buffer.from(raw))).toEqual({ ok: false, reason });
  });
});
