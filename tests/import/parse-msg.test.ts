// Outlook .msg: subject, sender, date and recipients from the message's properties, the HTML body
// through the HTML reader, readable attachments as documents of their own, damage reported plainly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBytes, readAndParse } from '../../db/import/read-and-parse.js';

const MAIL = fileURLToPath(new URL('../fixtures/formats/mail/', import.meta.url));
const MSG = join(MAIL, 'convoy.msg');

describe('convoy.msg (written by @tutao/oxmsg)', () => {
  it('reads subject, sender, date and recipients', async () => {
    const outcome = await readAndParse(MSG);
    if (!outcome.ok) return expect.fail(outcome.reason);
    expect(outcome.documents[0]).toMatchObject({
      title: 'Convoy sighting near Gomel: field notes attached',
      author: 'Olena Kovalenko <olena.kovalenko@monitor.example>',
      source: 'monitor.example',
      date: '2022-03-07T09:15:00Z',
      origin: MSG,
      meta: { to: 'Newsroom Desk <desk@newsroom.example>', cc: 'Archive <archive@newsroom.example>', attachments: 'field-notes.txt, plate.png', body_from: 'html' },
    });
  });

  it('prefers the HTML body, read into blocks', async () => {
    const outcome = await readAndParse(MSG);
    if (!outcome.ok) return expect.fail(outcome.reason);
    const message = outcome.documents[0]!;
    expect(message.body).toBe(
      'Desk,\n\nThree lorries crossed the Gomel checkpoint at 06:10 this morning. Two returned empty by noon.\n\n• Plates photographed\n• No escort seen\n\nMy field notes are attached.\n\nOlena',
    );
    expect(message.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'list-item', 'list-item', 'paragraph', 'paragraph']);
  });

  it('imports the text attachment linked to the message and skips the image', async () => {
    const outcome = await readAndParse(MSG);
    if (!outcome.ok) return expect.fail(outcome.reason);
    expect(outcome.documents).toHaveLength(2);
    expect(outcome.documents[1]).toMatchObject({
      title: 'Field notes — Gomel crossing',
      origin: `${MSG}#attachment:field-notes.txt`,
      parentOrigin: MSG,
    });
    expect(outcome.documents[1]!.body).toContain('Three lorries crossed at 06:10');
    expect(outcome.failures).toEqual([]);
  });
});

describe('rtf-only.msg: a rich-text message with no plain or HTML body', () => {
  const RTF_MSG = join(MAIL, 'rtf-only.msg');

  it('reads the body from the compressed RTF, Cyrillic escapes included', async () => {
    const outcome = await readAndParse(RTF_MSG);
    if (!outcome.ok) return expect.fail(outcome.reason);
    const message = outcome.documents[0]!;
    expect(message).toMatchObject({ title: 'Marensk ferry: evening crossing suspended', date: '2022-03-05T16:40:00Z', meta: { body_from: 'rtf' } });
    expect(message.body).toBe(
      'Desk,\n\nThe ferry at Marensk ran twice on Saturday, at 07:00 and 15:30. The harbour master said the evening crossing is suspended until further notice.\n\nLocal sign: Паром не ходит.\n\nIvan',
    );
    expect(message.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('says so when the RTF body is damaged, instead of importing an empty message', async () => {
    const bytes = readFileSync(RTF_MSG);
    // Overwrite the compressed stream's "LZFu" magic: the decompressor refuses it.
    const magic = bytes.indexOf(Buffer.from('LZFu'));
    expect(magic).toBeGreaterThan(0);
    const damaged = Buffer.from(bytes);
    damaged.write('XXXX', magic, 'latin1');
    const outcome = await parseBytes('damaged.msg', damaged);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatch(/^no readable text in the message: its body is only in RTF, and that RTF is unreadable/);
  });
});

describe('.msg failures', () => {
  it('reports a truncated message', async () => {
    const truncated = readFileSync(MSG).subarray(0, 3000);
    const outcome = await parseBytes('cut.msg', truncated);
    expect(outcome).toEqual({ ok: false, reason: 'unreadable Outlook message (the file is damaged or cut short)' });
  });

  it('reads an RFC 822 message saved as .msg as the e-mail it is', async () => {
    const outcome = await parseBytes('saved.msg', Buffer.from('From: a@example.com\nSubject: Not really Outlook\nDate: Mon, 7 Mar 2022 09:00:00 +0000\n\nBody.\n'));
    expect(outcome.ok && outcome.documents.map((d) => d.title)).toEqual(['Not really Outlook']);
  });

  it('refuses a text file named .msg with a reason that says what it is not', async () => {
    const outcome = await parseBytes('strings.msg', Buffer.from('::msgcat::mcset de "Cancel" "Abbrechen"\n'));
    expect(outcome).toEqual({ ok: false, reason: 'not an Outlook message (the file is not an OLE2 compound file)' });
  });
});
