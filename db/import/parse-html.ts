// HTML pages: visible text as the body, its headings, lists, quotes and table rows as blocks;
// headline, author, date, site and URL from the page's own metadata (Open Graph, article:*,
// Dublin Core, JSON-LD), falling back to <h1> and <title>. An article page keeps only the article
// (html-article.ts); any other page keeps all its visible text.
import { buildDocument, encodingMeta, type ParseContext } from './build-document.js';
import { bylineAuthor } from './header-lines.js';
import { findArticle } from './html-article.js';
import { articleFromJsonLd } from './html-json-ld.js';
import { extractHtml, HtmlTooDeepError, htmlToBlocks, type HtmlExtract } from './html-to-text.js';
import { normaliseText } from './normalise-text.js';
import { parseDate } from './parse-date.js';
import { failure, type ParseOutcome } from './parsed-document.js';

const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'headline'];
const AUTHOR_KEYS = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'sailthru.author', 'parsely-author', 'byl'];
const DATE_KEYS = [
  'article:published_time',
  'og:published_time',
  'published_time',
  'datepublished',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'sailthru.date',
  'parsely-pub-date',
];
const SOURCE_KEYS = ['og:site_name', 'application-name', 'dc.publisher', 'dcterms.publisher', 'publisher'];

function first(metas: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = metas.get(key)?.trim();
    if (value) return value;
  }
  return null;
}

const SEPARATORS = /\s+(?:\||-|–|—|::|·|•|«|»)\s+/g;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

// "Headline | Section | Site" -> "Headline": drops short trailing segments (a site or section
// name) while what is left still reads as a headline; "Site: Headline" loses its site too.
export function stripSiteSuffix(title: string, siteName: string | null): string {
  const site = siteName?.toLowerCase() ?? null;
  let rest = title.trim();
  if (site && rest.toLowerCase().startsWith(site)) {
    const sep = /^\s*(?:\||-|–|—|::|·|:)\s+/.exec(rest.slice(site.length));
    if (sep && rest.length > site.length + sep[0].length) rest = rest.slice(site.length + sep[0].length);
  }
  for (;;) {
    const last = [...rest.matchAll(SEPARATORS)].pop();
    if (last?.index === undefined) return rest;
    const head = rest.slice(0, last.index).trim();
    const tail = rest.slice(last.index + last[0].length).trim();
    const isSite = site !== null && tail.toLowerCase() === site;
    const short = wordCount(tail) <= 4 && tail.length <= 40 && wordCount(head) >= 3;
    if (!head || (!isSite && !short)) return rest;
    rest = head;
  }
}

function chooseTitle(page: HtmlExtract, siteName: string | null, ldHeadline: string | null): string | null {
  const stated = first(page.metas, TITLE_KEYS) ?? ldHeadline;
  if (stated) return stripSiteSuffix(stated, siteName);
  const h1 = page.h1;
  if (h1 && (!siteName || h1.toLowerCase() !== siteName.toLowerCase())) return h1;
  return page.title ? stripSiteSuffix(page.title, siteName) : null;
}

// article:author is often a profile URL; "By Jane Doe" bylines keep their "By".
function cleanAuthor(author: string | null): string | null {
  if (!author || /^https?:\/\//i.test(author)) return null;
  return bylineAuthor(author) || author;
}

export function parseHtml(html: string, context: ParseContext): ParseOutcome {
  let page: HtmlExtract;
  try {
    page = extractHtml(html);
  } catch (error) {
    if (error instanceof HtmlTooDeepError) return failure(error.message);
    throw error;
  }
  const body = normaliseText(page.text);
  if (!body) return failure('no text after removing markup');
  const ld = articleFromJsonLd(page.jsonLd);
  const article = findArticle(html);
  const articleBlocks = article ? htmlToBlocks(article.html) : [];
  const fromArticle = articleBlocks.some((b) => b.text.trim() !== '');
  const siteName = first(page.metas, SOURCE_KEYS) ?? ld?.publisher ?? null;
  const rawDate = first(page.metas, DATE_KEYS) ?? ld?.datePublished ?? page.time ?? article?.publishedTime ?? null;
  const date = parseDate(rawDate);
  const description = first(page.metas, ['description', 'og:description', 'twitter:description']) ?? ld?.description;
  const document = buildDocument({
    body: '',
    blocks: fromArticle ? articleBlocks : page.blocks,
    origin: context.origin,
    fileName: context.fileName,
    title: chooseTitle(page, siteName, ld?.headline ?? null),
    author: cleanAuthor(first(page.metas, AUTHOR_KEYS)) ?? cleanAuthor(ld?.author ?? null) ?? cleanAuthor(article?.byline ?? null),
    source: siteName,
    url: page.canonical ?? first(page.metas, ['og:url', 'twitter:url']) ?? ld?.url,
    date,
    languageHint: page.lang ?? first(page.metas, ['og:locale', 'content-language', 'dc.language', 'language']),
    meta: {
      ...encodingMeta(context),
      description,
      keywords: first(page.metas, ['keywords', 'news_keywords']),
      section: first(page.metas, ['article:section']),
      modified: parseDate(first(page.metas, ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified'])),
      date_raw: rawDate && !date ? rawDate : null,
      body_from: fromArticle ? 'article' : null,
    },
  });
  return { ok: true, documents: [document] };
}
