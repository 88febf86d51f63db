// Readability over a linkedom DOM is skipped for markup no article has: too many elements or too
// many bare "<" (a megabyte of them took 7.5 s to build as a DOM and as long again in Readability).
// The page is then read by the plain extraction, in one pass; script bodies do not count.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findArticle, tooMuchMarkup } from '../../db/import/html-article.js';
import { parseBytes } from '../../db/import/read-and-parse.js';
import { formatFixture } from './format-fixtures.js';

const MEGABYTE = 1024 * 1024;
/** Far above the one pass over the markup (milliseconds); the DOM and Readability took seconds. */
const BOUND_MS = 2_000;

const ARTICLE = readFileSync(formatFixture('web/news-article.html'), 'utf8');

describe('markup too dense for a DOM', () => {
  it.each([
    ['a megabyte of bare <', '<'.repeat(MEGABYTE)],
    ['"< " repeated', '< '.repeat(MEGABYTE / 2)],
    ['"<1" repeated', '<1'.repeat(MEGABYTE / 2)],
    ['a million unclosed tags', '<b>'.repeat(MEGABYTE / 3)],
  ])('%s: skipped before any DOM is built', (_, html) => {
    const began = performance.now();
    expect(tooMuchMarkup(html)).toBe(true);
    expect(findArticle(html)).toBeNull();
    expect(performance.now() - began).toBeLessThan(BOUND_MS);
  });

  it('imports a megabyte of bare < through the plain extraction, or refuses it with a reason', async () => {
    const began = performance.now();
    const outcome = await parseBytes('angles.html', Buffer.from(`<p>${'<'.repeat(MEGABYTE)}</p>`));
    expect(performance.now() - began).toBeLessThan(10 * BOUND_MS);
    if (outcome.ok) expect(outcome.documents[0]?.meta.body_from).toBeUndefined();
    else expect(outcome.reason).not.toMatch(/could not be parsed/);
  });

  it('still finds the article of a real page, even one with a long inline script full of "<"', () => {
    expect(tooMuchMarkup(ARTICLE)).toBe(false);
    expect(findArticle(ARTICLE)).not.toBeNull();
    const script = `<script>for (let i = 0; i < n; i++) if (a < b) x();${' if (i < 3) y();'.repeat(20_000)}</script>`;
    const withScript = ARTICLE.replace('</head>', `${script}<STYLE>a < b {}</STYLE></head>`);
    expect(tooMuchMarkup(withScript)).toBe(false);
    expect(findArticle(withScript)).not.toBeNull();
  });

  it('counts bare < outside scripts against the bound', () => {
    expect(tooMuchMarkup(`<p>${'x < y '.repeat(12_000)}</p>`)).toBe(false);
    expect(tooMuchMarkup(`<p>${'x < y '.repeat(12_001)}</p>`)).toBe(true);
  });
});
