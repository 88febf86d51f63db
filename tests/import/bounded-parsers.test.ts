// Hostile files cost bounded time: an HTML page of unclosed tags and an e-mail header of thousands
// of encoded words are refused with a reason in well under a second (they took minutes and seconds),
// while pages and headers of ordinary size still import. Real files in a temp folder.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_OPEN_ELEMENTS } from '../../db/import/html-to-text.js';
import { MAX_ADJACENT_ENCODED_WORDS } from '../../db/import/mail-encoded-words.js';
import { readAndParse } from '../../db/import/read-and-parse.js';
import type { ParseOutcome } from '../../db/import/parsed-document.js';
import { tempDir } from '../support/workspace.js';

/** A generous bound: the slow cases took 60 s and more before; the fixed ones take milliseconds. */
const FEW_SECONDS = 5000;

async function timedImport(name: string, content: string): Promise<{ outcome: ParseOutcome; ms: number }> {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  const began = performance.now();
  const outcome = await readAndParse(path);
  return { outcome, ms: performance.now() - began };
}

function encodedSubject(words: number): string {
  // 12 bytes of UTF-8 make 16 base64 characters with no padding: postal-mime joins each to the last.
  const word = `=?UTF-8?B?${Buffer.from('словоab').toString('base64')}?=`;
  return Array.from({ length: words }, () => word).join(' ');
}

describe('HTML with unclosed tags', () => {
  const reason = 'HTML nested too deeply (more than 20,000 elements open at once) — close its tags or save the page again from a browser';

  it.each([
    ['a million bytes of <div>x', '<div>x'.repeat(166_000)],
    ['333,000 unclosed <b>', '<b>'.repeat(333_000)],
    ['unclosed <span> in a real page', `<html><head><title>T</title></head><body><p>Intro text.</p>${'<span>w '.repeat(150_000)}</body></html>`],
  ])('refuses %s within seconds', async (_label, html) => {
    const { outcome, ms } = await timedImport('deep.html', html);
    expect(outcome).toEqual({ ok: false, reason });
    expect(ms).toBeLessThan(FEW_SECONDS);
  });

  it('imports a page nested just under the bound, its text intact', async () => {
    const { outcome, ms } = await timedImport('nested.html', `<h1>Deep page</h1>${'<div>'.repeat(MAX_OPEN_ELEMENTS - 10)}<p>The last words.</p>`);
    if (!outcome.ok) return expect.fail(outcome.reason);
    expect(outcome.documents[0]?.body).toBe('Deep page\n\nThe last words.');
    expect(ms).toBeLessThan(FEW_SECONDS);
  });

  it('keeps headings, list items and quotes inside unclosed wrappers as their own blocks', async () => {
    const { outcome } = await timedImport('blocks.html', '<div><div><h2>Head</h2><ul><li>One<li>Two</ul><blockquote>Said</blockquote><p>Body');
    if (!outcome.ok) return expect.fail(outcome.reason);
    const document = outcome.documents[0];
    expect(document?.blocks.map((b) => [b.kind, document.body.slice(b.start, b.end)])).toEqual([
      ['heading', 'Head'],
      ['list-item', '• One'],
      ['list-item', '• Two'],
      ['quote', 'Said'],
      ['paragraph', 'Body'],
    ]);
  });
});

describe('e-mail headers full of RFC 2047 encoded words', () => {
  it('refuses 20,000 adjacent encoded words at once, naming the count and the limit', async () => {
    const { outcome, ms } = await timedImport('words.eml', `From: a@example.org\nSubject: ${encodedSubject(20_000)}\n\nBody text.\n`);
    expect(outcome).toEqual({ ok: false, reason: 'e-mail header too long: 20,000 encoded words in a row (the limit is 1,000; real headers hold a few)' });
    expect(ms).toBeLessThan(FEW_SECONDS);
  });

  it('decodes a long header just under the bound, quickly', async () => {
    const { outcome, ms } = await timedImport('long.eml', `From: a@example.org\nSubject: ${encodedSubject(MAX_ADJACENT_ENCODED_WORDS)}\n\nBody text.\n`);
    if (!outcome.ok) return expect.fail(outcome.reason);
    expect(outcome.documents[0]?.title).toMatch(/^словоabсловоab/);
    expect(ms).toBeLessThan(FEW_SECONDS);
  });

  it('refuses only the hostile message of a mailbox; the others import', async () => {
    const box = [
      'From a@example.org Mon Jan  1 00:00:00 2024\nFrom: a@example.org\nSubject: First\n\nFirst body.\n',
      `From b@example.org Mon Jan  1 00:00:00 2024\nFrom: b@example.org\nSubject: ${encodedSubject(5000)}\n\nSecond body.\n`,
      'From c@example.org Mon Jan  1 00:00:00 2024\nFrom: c@example.org\nSubject: Third\n\nThird body.\n',
    ].join('\n');
    const { outcome, ms } = await timedImport('box.mbox', box);
    if (!outcome.ok) return expect.fail(outcome.reason);
    expect(outcome.documents.map((d) => d.title)).toEqual(['First', 'Third']);
    expect(outcome.failures).toEqual([{ origin: expect.stringMatching(/box\.mbox#2$/), reason: expect.stringMatching(/^e-mail header too long: 5,000 encoded words/) }]);
    expect(ms).toBeLessThan(FEW_SECONDS);
  });
});
