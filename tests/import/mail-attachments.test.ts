// Attachments: those Assay reads (by name or by content) become documents linked to their message;
// images and the like are only listed; a bad attachment is reported on its own.
import { describe, expect, it } from 'vitest';
import type { ParseOutcome } from '../../db/import/parsed-document.js';
import { parseBytes } from '../../db/import/read-and-parse.js';

function ok(outcome: ParseOutcome): Extract<ParseOutcome, { ok: true }> {
  if (!outcome.ok) return expect.fail(outcome.reason);
  return outcome;
}

function part(headers: string[], body: string): string {
  return [...headers, '', body].join('\r\n');
}

function mail(body: string | null, parts: string[], subject = 'Reports attached'): Buffer {
  const boundary = 'b0undary';
  const all = body === null ? parts : [part(['Content-Type: text/plain; charset=utf-8'], body), ...parts];
  const head = [
    'From: Olena <olena@monitor.example>',
    `Subject: ${subject}`,
    'Date: Mon, 7 Mar 2022 09:00:00 +0000',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
  ];
  return Buffer.from([...head, ...all.map((p) => `--${boundary}\r\n${p}`), `--${boundary}--`, ''].join('\r\n'));
}

const attached = (name: string, type: string, content: string, encoding = '7bit'): string =>
  part([`Content-Type: ${type}; name="${name}"`, `Content-Disposition: attachment; filename="${name}"`, `Content-Transfer-Encoding: ${encoding}`], content);

describe('mail attachments', () => {
  it('imports text, HTML and e-mail attachments, lists images, and names an unnamed part by its type', async () => {
    const forwarded = ['From: Desk <desk@newsroom.example>', 'Subject: Inner message', 'Date: Sun, 6 Mar 2022 08:00:00 +0000', '', 'Inner body text.'].join('\r\n');
    const raw = mail('See the attached files.', [
      attached('notes.txt', 'text/plain', 'Notes from the crossing.'),
      attached('page.html', 'text/html', '<html><body><h1>Saved page</h1><p>Page text.</p></body></html>'),
      attached('photo.jpg', 'image/jpeg', '/9j/4AAQSkZJRg==', 'base64'),
      attached('fwd.eml', 'message/rfc822', forwarded),
      part(['Content-Type: text/plain', 'Content-Disposition: attachment'], 'Unnamed text part.'),
    ]);
    const outcome = ok(await parseBytes('mail.eml', raw));
    expect(outcome.documents.map((d) => [d.origin, d.title, d.parentOrigin])).toEqual([
      ['mail.eml', 'Reports attached', undefined],
      ['mail.eml#attachment:notes.txt', 'Notes from the crossing.', 'mail.eml'],
      ['mail.eml#attachment:page.html', 'Saved page', 'mail.eml'],
      ['mail.eml#attachment:fwd.eml', 'Inner message', 'mail.eml'],
      ['mail.eml#attachment:attachment-5.txt', 'Unnamed text part.', 'mail.eml'],
    ]);
    expect(outcome.documents[0]!.meta.attachments).toContain('photo.jpg');
    expect(outcome.failures).toEqual([]);
  });

  it('keeps two attachments of the same name apart', async () => {
    const outcome = ok(
      await parseBytes('m.eml', mail('Two scans.', [attached('scan.txt', 'text/plain', 'First scan text.'), attached('scan.txt', 'text/plain', 'Second scan text.')])),
    );
    expect(outcome.documents.slice(1).map((d) => d.origin)).toEqual(['m.eml#attachment:scan.txt', 'm.eml#attachment:scan.txt (2)']);
  });

  it('reads an attachment by its content when its name says nothing', async () => {
    const outcome = ok(
      await parseBytes('m.eml', mail('Forwarded.', [attached('message', 'application/octet-stream', 'From: a@example.org\r\nSubject: Sniffed inner\r\n\r\nInner.')])),
    );
    expect(outcome.documents.map((d) => d.title)).toEqual(['Reports attached', 'Sniffed inner']);
  });

  it('reports a bad attachment against its own origin and keeps the message', async () => {
    const outcome = ok(await parseBytes('m.eml', mail('Data attached.', [attached('items.json', 'application/json', '{"no": "body"}')])));
    expect(outcome.documents.map((d) => d.origin)).toEqual(['m.eml']);
    expect(outcome.failures).toEqual([{ origin: 'm.eml#attachment:items.json', reason: 'the JSON object has no body or text' }]);
  });

  it('imports the attachments of a message that has no text, and reports the message', async () => {
    const outcome = ok(await parseBytes('scan.eml', mail(null, [attached('report.txt', 'text/plain', 'The scanned report text.')])));
    expect(outcome.documents.map((d) => [d.origin, d.parentOrigin])).toEqual([['scan.eml#attachment:report.txt', 'scan.eml']]);
    expect(outcome.failures).toEqual([{ origin: 'scan.eml', reason: 'no text in the e-mail, only attachments (report.txt)' }]);
  });
});
