// HTML pages: visible text only, blocks on their own lines, metadata from the head.
import { describe, it, expect } from 'vitest';
import { htmlToText } from '../../db/import/html-to-text.js';
import { stripSiteSuffix } from '../../db/import/parse-html.js';
import { parseBytes } from '../../db/import/read-and-parse.js';
import { failFixture, onlyDocument } from './fixtures.js';

async function parseHtmlString(
  html: string,
): Promise<{ title: string; body: string; author: string | null; date: string | null; source: string | null; url: string | null }> {
  const outcome = await parseBytes('page.html', Buffer.from(html, 'utf8'));
  if (!outcome.ok) return expect.fail(outcome.reason);
  const [document] = outcome.documents;
  if (!document) return expect.fail('no document');
  return document;
}

describe('page.html', () => {
  it('keeps only visible text, with blocks on separate lines', async () => {
    const document = await onlyDocument('page.html');
    for (const hidden of ['SCRIPT', 'NOSCRIPT', 'TEMPLATE', 'ONCLICK', 'HIDDEN', 'font-family', 'init()', 'Share', 'LD headline']) {
      expect(document.body).not.toContain(hidden);
    }
    expect(document.body).toBe(
      [
        'Belarus will not send troops, Minsk says',
        '',
        'By Jane Doe',
        '',
        'The president said the army would not cross the border — “under any circumstances”.',
        '',
        'Officials in Kyiv & Warsaw were unconvinced.',
        'They asked for guarantees.',
        '',
        '• Troops stay home',
        '• Airfields remain open',
        '',
        '1. First step',
        '2. Second step',
        '',
        'City\tUnits',
        'Minsk\t12',
      ].join('\n'),
    );
  });

  it('reads title, author, date, site and canonical URL from the head', async () => {
    const document = await onlyDocument('page.html');
    expect(document.title).toBe('Belarus will not send troops, Minsk says');
    expect(document.author).toBe('Jane Doe');
    expect(document.date).toBe('2022-03-06T11:30:00Z');
    expect(document.source).toBe('The Example Times');
    expect(document.url).toBe('https://example.com/world/belarus-troops?ref=canonical');
    expect(document.language).toBe('en');
    expect(document.meta.description).toBe('Minsk says its army will stay out of the war.');
  });

  it('strips a " - Site" suffix from <title> when there is nothing better', async () => {
    const document = await onlyDocument('title-suffix.html');
    expect(document.title).toBe('Talks resume in Gomel');
  });

  it('honours <meta charset="windows-1251">', async () => {
    const document = await onlyDocument('page-windows-1251.html');
    expect(document.title).toBe('Переговоры продолжатся');
    expect(document.body).toContain('Делегации встретятся снова в среду');
    expect(document.meta.encoding).toBe('windows-1251');
  });

  it('fails a page that is all scripts', async () => {
    expect(await failFixture('scripts-only.html')).toBe('no text after removing markup');
  });
});

describe('HTML details', () => {
  it('prefers <h1> to a <title> with suffixes and skips an <h1> that is the site logo', async () => {
    const withH1 = await parseHtmlString('<title>Long title | Section | Site</title><h1>Real headline here</h1><p>Body text.</p>');
    expect(withH1.title).toBe('Real headline here');
    const logo = await parseHtmlString(
      '<meta property="og:site_name" content="Daily Planet"><title>Storm hits the coast | Daily Planet</title><h1>Daily Planet</h1><p>Body.</p>',
    );
    expect(logo.title).toBe('Storm hits the coast');
  });

  it('falls back to JSON-LD for headline, author, date and publisher', async () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Ignored' },
        {
          '@type': 'NewsArticle',
          headline: 'Convoy seen near the border',
          author: [
            { '@type': 'Person', name: 'A. Writer' },
            { '@type': 'Person', name: 'B. Writer' },
          ],
          datePublished: '2022-03-05T08:00:00Z',
          publisher: { '@type': 'Organization', name: 'Wire Service' },
          mainEntityOfPage: { '@id': 'https://wire.example/convoy' },
        },
      ],
    };
    const document = await parseHtmlString(`<script type="application/ld+json">${JSON.stringify(ld)}</script><p>Body text.</p>`);
    expect(document).toMatchObject({
      title: 'Convoy seen near the border',
      author: 'A. Writer, B. Writer',
      date: '2022-03-05T08:00:00Z',
      source: 'Wire Service',
      url: 'https://wire.example/convoy',
    });
  });

  it('reads Dublin Core and bylines in meta tags', async () => {
    const document = await parseHtmlString(
      '<meta name="DC.creator" content="By Ann Lee"><meta name="dc.date" content="2022-03-04"><meta name="DC.publisher" content="Archive"><p>Body.</p>',
    );
    expect(document).toMatchObject({ author: 'Ann Lee', date: '2022-03-04', source: 'Archive' });
  });

  it('keeps preformatted text as written and decodes entities', () => {
    expect(htmlToText('<p>a&lt;b &amp;&#x20AC;</p><pre>  x  =  1\n  y = 2</pre><p>after</p>')).toBe('a<b &€\n\n  x  =  1\n  y = 2\n\nafter');
  });

  it('does not run inline elements together or split words across tags', () => {
    expect(htmlToText('<div>one</div><div>two</div><span>th</span><b>ree</b> four<br>five')).toBe('one\ntwo\nthree four\nfive');
  });

  it.each([
    ['Headline | Site', null, 'Headline | Site'],
    ['Troops stay at home | World | The Example Times', null, 'Troops stay at home'],
    ['The Example Times: Troops stay at home', 'The Example Times', 'Troops stay at home'],
    ['Belarus - Russia relations - Wikipedia', null, 'Belarus - Russia relations'],
    ['Storm hits the coast — Daily Planet', 'Daily Planet', 'Storm hits the coast'],
  ])('stripSiteSuffix(%s)', (title, site, expected) => {
    expect(stripSiteSuffix(title, site)).toBe(expected);
  });
});
