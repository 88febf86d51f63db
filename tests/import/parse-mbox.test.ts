// Mailboxes: one document per message, mboxrd "From " escaping undone, attachments Assay reads
// as documents linked to their message, and a bad message reported on its own while the rest import.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mboxMessageRanges } from '../../db/import/parse-mbox.js';
import type { ParseOutcome } from '../../db/import/parsed-document.js';
import { parseBytes, readAndParse } from '../../db/import/read-and-parse.js';
import { freshWorkbench, tempDir } from '../support/workspace.js';

const MAIL = fileURLToPath(new URL('../fixtures/formats/mail/', import.meta.url));
const MBOX = join(MAIL, 'field-reports.mbox');

function ok(outcome: ParseOutcome): Extract<ParseOutcome, { ok: true }> {
  if (!outcome.ok) return expect.fail(outcome.reason);
  return outcome;
}

function message(n: number, subject: string, body: string, from = 'Olena Kovalenko <olena@monitor.example>'): string {
  return [`From olena@monitor.example Mon Mar  7 0${n}:00:00 2022`, `From: ${from}`, `Subject: ${subject}`, `Date: Mon, 7 Mar 2022 0${n}:00:00 +0000`, '', body, ''].join(
    '\n',
  );
}

describe('field-reports.mbox (written by Python’s mailbox module)', () => {
  it('gives one document per message and one per readable attachment, and reports the broken message by number', async () => {
    const outcome = ok(await readAndParse(MBOX));
    expect(outcome.documents.map((d) => [d.origin.slice(MBOX.length), d.title, d.parentOrigin?.slice(MBOX.length)])).toEqual([
      ['#1', 'Checkpoint log, Gomel, 6 March', undefined],
      ['#1#attachment:checkpoint-log.txt', 'Checkpoint log, Gomel crossing', '#1'],
      ['#2', 'Weekly digest: grain exports', undefined],
      ['#4', 'Re: Checkpoint log, Gomel, 6 March', undefined],
    ]);
    expect(outcome.failures).toEqual([{ origin: `${MBOX}#3`, reason: 'not an e-mail message (no headers found)' }]);
  });

  it('reads headers into title, author, date and meta; the image attachment is listed, not imported', async () => {
    const [first] = ok(await readAndParse(MBOX)).documents;
    expect(first).toMatchObject({
      author: 'Olena Kovalenko <olena.kovalenko@monitor.example>',
      date: '2022-03-06T18:05:00Z',
      source: 'monitor.example',
      body: 'Desk,\n\nThe checkpoint log for Sunday is attached. Traffic was light until noon.\n\nOlena',
      meta: { to: 'Newsroom Desk <desk@newsroom.example>', attachments: 'checkpoint-log.txt, plate.png', message_id: '<1646589900.30@monitor.example>' },
    });
  });

  it('turns an HTML-only message into blocks through the HTML reader', async () => {
    const digest = ok(await readAndParse(MBOX)).documents[2]!;
    expect(digest.body).toBe(
      'Grain exports this week\n\nExports through the Danube ports rose for a third week, traders said.\n\n• Izmail: 410,000 tonnes\n• Reni: 220,000 tonnes\n\nInsurers are still refusing cover for Odesa.',
    );
    expect(digest.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list-item', 'list-item', 'paragraph']);
    expect(digest.meta.body_from).toBe('html');
  });

  it('undoes the ">From " escaping of a body line', async () => {
    const reply = ok(await readAndParse(MBOX)).documents[3]!;
    expect(reply.body).toContain('\nFrom the log it looks like the crossing closed twice.');
    expect(reply.body).not.toContain('>From');
  });
});

describe('mbox details', () => {
  it('removes one ">" from each escaped mboxrd line, and keeps CRLF files apart', async () => {
    const raw = [message(1, 'One', 'Text.\n>From here, escaped once.\n>>From there, escaped twice.'), message(2, 'Two', 'Second.')].join('\n').replace(/\n/g, '\r\n');
    const outcome = ok(await parseBytes('box.mbox', Buffer.from(raw)));
    expect(outcome.documents.map((d) => d.body)).toEqual(['Text.\nFrom here, escaped once.\n>From there, escaped twice.', 'Second.']);
    expect(outcome.documents.map((d) => d.origin)).toEqual(['box.mbox#1', 'box.mbox#2']);
  });

  it('splits only at "From " lines that carry a date, so an unescaped body line stays in its message', () => {
    const raw = Buffer.from(`${message(1, 'One', 'Text.\n\nFrom here on the road was closed.')}\n${message(2, 'Two', 'Second.')}`);
    expect(mboxMessageRanges(raw)).toHaveLength(2);
  });

  it('reports an empty message and a message without text by number', async () => {
    const raw = [message(1, 'One', 'Text one.'), 'From x@example.com Mon Mar  7 02:00:00 2022\n', message(3, 'Three', '')].join('\n');
    const outcome = ok(await parseBytes('box.mbox', Buffer.from(raw)));
    expect(outcome.documents.map((d) => d.title)).toEqual(['One']);
    expect(outcome.failures).toEqual([
      { origin: 'box.mbox#2', reason: 'empty message' },
      { origin: 'box.mbox#3', reason: 'no text in the e-mail' },
    ]);
  });

  it('refuses a .mbox that holds no message, and reads a single message saved as .mbox as an e-mail', async () => {
    expect(await parseBytes('notes.mbox', Buffer.from('Just some notes\nabout the border.\n'))).toEqual({
      ok: false,
      reason: 'not a mailbox (no "From " line opens a message)',
    });
    const single = ok(await parseBytes('one.mbox', Buffer.from('From: a@example.com\nSubject: Saved alone\nDate: Mon, 7 Mar 2022 09:00:00 +0000\n\nBody.\n')));
    expect(single.documents.map((d) => [d.title, d.origin])).toEqual([['Saved alone', 'one.mbox']]);
  });

  it('reads thousands of messages from one file', async () => {
    const raw = Array.from({ length: 3000 }, (_, i) => message(1, `Report ${i + 1}`, `Body of report number ${i + 1}.`)).join('\n');
    const outcome = ok(await parseBytes('big.mbox', Buffer.from(raw)));
    expect(outcome.documents).toHaveLength(3000);
    expect(outcome.documents[2999]).toMatchObject({ title: 'Report 3000', origin: 'big.mbox#3000' });
    expect(outcome.failures).toEqual([]);
  });
});

describe('an mbox through the real import', () => {
  it('stores one document per message, links the attachment to its message and reports the bad one', async () => {
    const wb = freshWorkbench();
    const report = await wb.importPaths({ paths: [MBOX] });
    expect(report.added.map((a) => a.origin.slice(MBOX.length))).toEqual(['#1', '#1#attachment:checkpoint-log.txt', '#2', '#4']);
    expect(report.failed).toEqual([{ origin: `${MBOX}#3`, reason: 'not an e-mail message (no headers found)' }]);
    const [message, attachment] = report.added;
    expect((await wb.getDocument({ id: attachment!.id })).parentId).toBe(message!.id);
    expect((await wb.getDocument({ id: message!.id })).parentId).toBeNull();
    expect((await wb.search({ query: 'lorries northbound' })).hits.map((h) => h.id)).toEqual([attachment!.id]);
  });

  it('considers an extension-less mailbox in a folder', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'Inbox'), [message(1, 'Kept one', 'First body.'), message(2, 'Kept two', 'Second body.')].join('\n'));
    const report = await freshWorkbench().importPaths({ paths: [dir] });
    expect(report.added.map((a) => a.title)).toEqual(['Kept one', 'Kept two']);
    expect(report.failed).toEqual([]);
  });
});
