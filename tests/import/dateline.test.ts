// Datelines near the top of plain text ("Meridian Press — 12 March 2026, 11:20 UTC") give the
// source and the date, never the title, and leave the body untouched; checked on the sample corpus.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { readDateline } from '../../db/import/dateline.js';
import { normaliseText } from '../../db/import/normalise-text.js';
import type { ParsedDocument } from '../../db/import/parsed-document.js';
import { parseBytes, readAndParse } from '../../db/import/read-and-parse.js';
import { titleFromText } from '../../db/import/title-from-text.js';

const CORPUS = fileURLToPath(new URL('../../sample/corpus/', import.meta.url));

async function parseText(text: string): Promise<ParsedDocument> {
  const outcome = await parseBytes('note.txt', Buffer.from(text, 'utf8'));
  if (!outcome.ok) return expect.fail(outcome.reason);
  const [document] = outcome.documents;
  return document ?? expect.fail('no document');
}

describe('readDateline', () => {
  it.each([
    ['Meridian Press — 12 March 2026, 11:20 UTC', 'Meridian Press', '2026-03-12T11:20:00Z'],
    ['ДравПресс, 12 марта 2026, 06:45', 'ДравПресс', '2026-03-12'],
    ['Kestrel Geo-Analytics — Note KGA-2026-031, 13 March 2026', 'Kestrel Geo-Analytics', '2026-03-13'],
    ['Northbridge Marine Risk Bulletin No. 2026/11 — 13 March 2026', 'Northbridge Marine Risk Bulletin', '2026-03-13'],
    ['Halden Institute for Strategic Studies — Policy Brief 4/2026', 'Halden Institute for Strategic Studies', null],
    ['Meridian Press - March 12, 2026', 'Meridian Press', '2026-03-12'],
    ['Meridian Press – Mar. 12, 2026, 11:20 GMT+2', 'Meridian Press', '2026-03-12T09:20:00Z'],
    ['ДравПресс, 1 мая 2026 г.', 'ДравПресс', '2026-05-01'],
  ])('%s', (line, source, date) => {
    expect(readDateline(line)).toEqual({ source, date });
  });

  it.each([
    'Minsk will shield the Kremlin from the West but has no interest in fighting in Ukraine',
    'Tuesday, 12 March 2026',
    'Updated — 6 Mar 2022',
    'By Jane Doe, 12 March 2026',
    'VELGRAD, March 12 (Meridian) – A fire at a fuel terminal killed at least one person.',
    'The fire was put out. — 12 March 2026',
    'Police say the fire in the port of Marensk was started on purpose — 12 March 2026',
    'Analysis — March 2026',
    'Imagery note: Marensk Fuel Terminal No. 2 and Kresny Most crossing, 11–12 March 2026',
    'Press release No. 27/2026 · Velgrad, 12 March 2026, 09:00',
    'Meridian Press — 11–13 March 2026',
    'Meridian Press — Note 5, 13 March 2026 garbled',
  ])('ignores %s', (line) => {
    expect(readDateline(line)).toBeNull();
  });
});

describe('datelines in plain text', () => {
  it('reads a dateline below the headline and keeps it in the body', async () => {
    const text = 'Fire at port terminal kills one\nMeridian Press — 12 March 2026, 11:20 UTC\n\nA fire killed one person on Thursday.\n';
    const document = await parseText(text);
    expect(document.title).toBe('Fire at port terminal kills one');
    expect(document.source).toBe('Meridian Press');
    expect(document.date).toBe('2026-03-12T11:20:00Z');
    expect(document.body).toBe(text.trimEnd());
  });

  it('reads a dateline above the headline without taking it for the title', async () => {
    const document = await parseText('ДравПресс, 12 марта 2026, 06:45\nПожар в порту Маренска локализован\n\nТекст заметки.');
    expect(document.title).toBe('Пожар в порту Маренска локализован');
    expect(document.source).toBe('ДравПресс');
    expect(document.date).toBe('2026-03-12');
  });

  it('keeps a date already found above the headline and still takes the source', async () => {
    const text = '13 March 2026\nThe Marensk fire: a hostile act\nHalden Institute for Strategic Studies — Policy Brief 4/2026\n\nKey judgements follow.';
    const document = await parseText(text);
    expect(document.title).toBe('The Marensk fire: a hostile act');
    expect(document.source).toBe('Halden Institute for Strategic Studies');
    expect(document.date).toBe('2026-03-13');
  });

  it('prefers a stated date line over the dateline', () => {
    const header = titleFromText('Updated March 14, 2026\nHeadline of the story here\nMeridian Press — 12 March 2026\n\nText.');
    expect(header.date).toBe('2026-03-14');
    expect(header.dateline).toEqual({ source: 'Meridian Press', date: '2026-03-12' });
  });

  it('keeps a headline that looks like a dateline when it is the only candidate', async () => {
    const document = await parseText('Fire kills one — 12 March 2026\n\nA fire in the port of Marensk killed one worker on Thursday, officials said.');
    expect(document.title).toBe('Fire kills one — 12 March 2026');
    expect(document.source).toBeNull();
    expect(document.date).toBeNull();
  });

  it('looks only at the first five non-empty lines', async () => {
    const document = await parseText('Headline of the story here\none\ntwo\nthree\nfour\nMeridian Press — 12 March 2026\n\nText.');
    expect(document.source).toBeNull();
  });

  it('leaves headlines without a date alone', async () => {
    const document = await parseText('Minsk will shield the Kremlin from the West but has no interest in fighting in Ukraine\n\nText of the story.');
    expect(document.title).toBe('Minsk will shield the Kremlin from the West but has no interest in fighting in Ukraine');
    expect(document.source).toBeNull();
    expect(document.date).toBeNull();
  });
});

describe('the sample corpus', () => {
  const expected: Record<string, { source: string; date: string }> = {
    '01-dravpress-2026-03-12.txt': { source: 'ДравПресс', date: '2026-03-12' },
    '04-meridian-wire-2026-03-12.txt': { source: 'Meridian Press', date: '2026-03-12T11:20:00Z' },
    '07-kestrel-imagery-note.txt': { source: 'Kestrel Geo-Analytics', date: '2026-03-13' },
    '08-northbridge-marine-bulletin.txt': { source: 'Northbridge Marine Risk Bulletin', date: '2026-03-13' },
    '09-halden-institute-brief.txt': { source: 'Halden Institute for Strategic Studies', date: '2026-03-13' },
    '11-dravpress-2026-03-14.txt': { source: 'ДравПресс', date: '2026-03-14' },
    '12-meridian-correction-2026-03-14.txt': { source: 'Meridian Press', date: '2026-03-14T18:30:00Z' },
  };
  const texts = readdirSync(CORPUS).filter((name) => name.endsWith('.txt'));

  it('holds every file the expectations name', () => {
    expect(texts).toEqual(expect.arrayContaining(Object.keys(expected)));
  });

  it.each(texts)('%s', async (name) => {
    const outcome = await readAndParse(join(CORPUS, name));
    if (!outcome.ok) return expect.fail(outcome.reason);
    const [document] = outcome.documents;
    if (!document) return expect.fail('no document');
    const want = expected[name];
    if (want) expect({ source: document.source, date: document.date }).toEqual(want);
    else expect(document.source).toBeNull();
    // The dateline is not the title, and the body is the whole text as written.
    expect(readDateline(document.title)).toBeNull();
    expect(document.body).toBe(normaliseText(readFileSync(join(CORPUS, name), 'utf8')));
  });
});
