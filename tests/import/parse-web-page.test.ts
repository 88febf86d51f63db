// Saved web pages: an article page keeps only its article (Readability over linkedom) with the
// page's headline, byline, date and canonical URL; pages that are no article keep all their text.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../db/import/parsed-document.js';
import { parseBytes, readAndParse } from '../../db/import/read-and-parse.js';

const NEWS = join(fileURLToPath(new URL('../fixtures/formats/web/', import.meta.url)), 'news-article.html');

async function only(outcome: ReturnType<typeof parseBytes>): Promise<ParsedDocument> {
  const result = await outcome;
  if (!result.ok) return expect.fail(result.reason);
  expect(result.documents).toHaveLength(1);
  return result.documents[0]!;
}

const paragraph = (words: string): string => `<p>${words} ${'The delegations met again on Tuesday and the talks went on late into the night. '.repeat(3)}</p>`;

describe('news-article.html (a saved news page)', () => {
  it('keeps none of the navigation, cookie banner, share bars, related links, promotions or footer', async () => {
    const { body } = await only(readAndParse(NEWS));
    for (const chrome of [
      'Skip to main content',
      'We use cookies',
      'Accept all cookies',
      'Manage preferences',
      'Subscribe from £1',
      'Sign in',
      'Climate',
      'Opinion',
      'Europe',
      'Share on Facebook',
      'Share on Twitter',
      'Copy link',
      'More on this story',
      'Mines drift towards Romanian',
      'Wheat price hits record',
      'Sign up to First Edition',
      'Most viewed',
      'Energy bills to rise',
      'About us',
      'Cookie policy',
      'All rights reserved',
      'Food security',
      'gtag',
    ]) {
      expect(body, chrome).not.toContain(chrome);
    }
  });

  it('keeps the article’s paragraphs, quote and subheadings, as blocks', async () => {
    const document = await only(readAndParse(NEWS));
    expect(document.body).toMatch(/^Talks in Istanbul on a protected corridor for Ukrainian grain ended on Sunday evening/);
    expect(document.body).toMatch(/“There is no point growing what you cannot sell\.”$/);
    expect(document.body).toContain('Nobody in this market will write a policy on the strength of a communiqué.');
    const headings = document.blocks.filter((b) => b.kind === 'heading').map((b) => [b.level, document.body.slice(b.start, b.end)]);
    expect(headings).toEqual([
      [2, 'Premiums out of reach'],
      [2, 'What the draft proposed'],
      [3, 'Farmers running out of storage'],
    ]);
    expect(document.blocks.filter((b) => b.kind === 'quote')).toHaveLength(1);
    expect(document.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(10);
    expect(document.meta.body_from).toBe('article');
  });

  it('keeps the page’s headline, byline, date, site and canonical URL', async () => {
    const document = await only(readAndParse(NEWS));
    expect(document).toMatchObject({
      title: 'Grain corridor talks stall as insurers balk at Black Sea risk',
      author: 'Maria Hryhorenko',
      date: '2022-03-07T08:45:00Z',
      source: 'The Northern Courier',
      url: 'https://www.northern-courier.example/world/2022/03/07/grain-corridor-talks-stall',
      language: 'en',
    });
    expect(document.meta).toMatchObject({ section: 'World news', modified: '2022-03-07T10:02:00Z' });
  });
});

describe('pages that are no article', () => {
  it('keeps all the text of a short page or a fragment', async () => {
    const fragment = await only(parseBytes('note.html', Buffer.from('<p>Short note: the crossing reopens at nine.</p><ul><li>Bring papers</li></ul>')));
    expect(fragment.body).toBe('Short note: the crossing reopens at nine.\n\n• Bring papers');
    expect(fragment.meta.body_from).toBeUndefined();
  });

  it('keeps all the text of a page of links', async () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/story/${i}">Story number ${i} about the border crossing</a></li>`).join('');
    const index = await only(parseBytes('index.html', Buffer.from(`<html><body><h1>Archive</h1><ul>${links}</ul></body></html>`)));
    expect(index.body).toContain('Story number 0 about the border crossing');
    expect(index.body).toContain('Story number 39 about the border crossing');
  });
});

describe('article details', () => {
  it('takes the author from the article’s byline when the head names none', async () => {
    const html = `<html><head><title>Talks resume in Gomel</title></head><body>
      <nav><a href="/">Home</a><a href="/world">World</a></nav>
      <article><h1>Talks resume in Gomel</h1><p class="byline">By Ann Lee</p>
      ${paragraph('First.')}${paragraph('Second.')}${paragraph('Third.')}${paragraph('Fourth.')}</article>
      <footer>Copyright Example News</footer></body></html>`;
    const document = await only(parseBytes('talks.html', Buffer.from(html)));
    expect(document.author).toBe('Ann Lee');
    expect(document.body).toMatch(/^First\. The delegations met again/);
    expect(document.body).not.toContain('Copyright Example News');
    expect(document.body).not.toContain('Home');
  });
});
