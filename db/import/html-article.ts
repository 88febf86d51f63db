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
// A "<" that opens no tag ("a < b", or a hostile megabyte of them) becomes a text node of its own in
// linkedom, and the cost grows faster than their number: 1 MB of bare "<" took 7.5 s to build and
// as long again in Readability. 12,000 of them cost about as much as 12,000 elements (~50 ms).
const MAX_BARE_ANGLES = 12_000;
// Less article text than this means Readability latched onto a fragment (a caption, a teaser).
const MIN_ARTICLE_CHARS = 280;

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

// Script and style bodies are raw text to the parser: a "<" in them ("i < n") costs nothing.
const RAW_TEXT_OPEN = /^<(script|style)\b/i;
const RAW_TEXT_CLOSE = { script: /<\/script/gi, style: /<\/style/gi };

/**
 * Too much markup for a DOM: more elements or more bare "<" than the bounds. Counted on the markup
 * in one pass, before any DOM is built (Readability's own maxElemsToParse check asks for
 * getElementsByTagName('*'), which linkedom answers with an empty list).
 */
export function tooMuchMarkup(html: string): boolean {
  let elements = 0;
  let bare = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    const next = html.charCodeAt(at + 1);
    if (isAsciiLetter(next)) {
      if (++elements > MAX_ELEMENTS) return true;
      const raw = RAW_TEXT_OPEN.exec(html.slice(at, at + 8));
      if (raw) {
        const closer = RAW_TEXT_CLOSE[(raw[1] as string).toLowerCase() as keyof typeof RAW_TEXT_CLOSE];
        closer.lastIndex = at;
        const close = closer.exec(html);
        if (!close) return false;
        at = close.index;
      }
    } else if (next !== 0x2f && next !== 0x21 && next !== 0x3f && ++bare > MAX_BARE_ANGLES) {
      return true;
    }
  }
  return false;
}

export function findArticle(html: string): Article | null {
  if (html.length > MAX_PAGE_CHARS || tooMuchMarkup(html)) return null;
  const { document } = parseHTML(html);
  // linkedom's Document is the DOM's in all Readability touches; the DOM types come from another lib.
  const dom = document as unknown as Document;
  if (!isProbablyReaderable(dom)) return null;
  const article = new Readability(dom).parse();
  const text = article?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  if (!article?.content || text.length < MIN_ARTICLE_CHARS) return null;
  return { html: article.content, byline: article.byline?.trim() || null, publishedTime: article.publishedTime?.trim() || null };
}
