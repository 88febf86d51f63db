// Finds the article inside a saved web page with Mozilla's Readability (the engine behind Firefox's
// Reader View) over a linkedom DOM, so navigation, cookie banners, share bars, related-link lists
// and footers fall away. Pages that are not articles (short notes, fragments, lists) get null.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface Article {
  /** The article's own markup, for htmlToBlocks. */
  html: string;
  /** The byline Readability found in the page ("Maria Hryhorenko"), if any. */
  byline: string | null;
  /** The publication time the page states, as written. */
  publishedTime: string | null;
}

// Readability walks the whole DOM several times (tens of milliseconds for a news page, seconds for a
// page of tens of thousands of elements); past these a page is a dump, not an article, and the
// plain extraction (one streaming pass) reads it instead.
const MAX_PAGE_CHARS = 3_000_000;
const MAX_ELEMENTS = 12_000;
// Less article text than this means Readability latched onto a fragment (a caption, a teaser).
const MIN_ARTICLE_CHARS = 280;

export function findArticle(html: string): Article | null {
  if (html.length > MAX_PAGE_CHARS) return null;
  // Counted on the markup, before any DOM is built (Readability's own maxElemsToParse check asks
  // for getElementsByTagName('*'), which linkedom answers with an empty list).
  let elements = 0;
  for (let at = html.indexOf('<'); at >= 0 && elements <= MAX_ELEMENTS; at = html.indexOf('<', at + 1)) {
    const next = html.charCodeAt(at + 1);
    if ((next >= 97 && next <= 122) || (next >= 65 && next <= 90)) elements += 1;
  }
  if (elements > MAX_ELEMENTS) return null;
  const { document } = parseHTML(html);
  // linkedom's Document is the DOM's in all Readability touches; the DOM types come from another lib.
  const dom = document as unknown as Document;
  if (!isProbablyReaderable(dom)) return null;
  const article = new Readability(dom).parse();
  const text = article?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  if (!article?.content || text.length < MIN_ARTICLE_CHARS) return null;
  return { html: article.content, byline: article.byline?.trim() || null, publishedTime: article.publishedTime?.trim() || null };
}
