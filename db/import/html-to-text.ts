// Turns HTML into the text a reader sees: scripts, styles, templates and hidden elements gone,
// blocks on their own lines and paragraphs apart, entities decoded. Also collects the head's
// metadata and the block structure (headings, list items, quotes, table rows) in the same pass.
// E-mail HTML parts, DOCX (through mammoth) and EPUB chapters go through here too.
import { Parser } from 'htmlparser2';
import { TextCollector, type Structure } from './html-text-collector.js';
import type { TextBlock } from './parsed-document.js';

export interface HtmlExtract {
  text: string;
  /** The text as blocks: assembled (assemble-blocks.ts), they give `text` normalised. */
  blocks: TextBlock[];
  /** Text of the first <title>. */
  title: string | null;
  /** Text of the first <h1>. */
  h1: string | null;
  /** <meta> content by lower-cased name, property or itemprop; the first occurrence wins. */
  metas: Map<string, string>;
  canonical: string | null;
  /** The <html lang> attribute. */
  lang: string | null;
  /** Raw contents of <script type="application/ld+json"> blocks. */
  jsonLd: string[];
  /** The first <time datetime> in the body. */
  time: string | null;
}

// <nav> is menus, not the document; <button> labels are "Share" and "Subscribe".
const SKIPPED = new Set([
  'nav',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'embed',
  'canvas',
  'audio',
  'video',
  'select',
  'datalist',
  'head',
  'button',
]);
const PARAGRAPH = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'dl',
  'table',
  'figure',
  'hr',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'aside',
  'main',
  'form',
  'fieldset',
  'details',
  'address',
]);
const LINE = new Set(['div', 'li', 'tr', 'dt', 'dd', 'figcaption', 'caption', 'summary', 'legend', 'option', 'tbody', 'thead', 'tfoot', 'body', 'center']);
const CELL = new Set(['td', 'th']);
const HEADING = /^h([1-6])$/;
const TIGHT_IN_LISTS = new Set(['p', 'ul', 'ol']);

export interface HtmlOptions {
  /**
   * HTML made from a document (Word through mammoth, an EPUB chapter, Markdown), not a web page:
   * the paragraphs of a table cell join with spaces so each row stays one line, and nested lists
   * and paragraphs inside list items break the line without a blank line. (Web pages keep the
   * plain rules: a layout table's cell can hold a whole article.)
   */
  document?: boolean;
  /** XHTML (EPUB chapters): `<p/>` and `<a/>` close themselves. */
  xhtml?: boolean;
}

function isHidden(attribs: Record<string, string>): boolean {
  if ('hidden' in attribs) return true;
  const style = attribs.style?.toLowerCase().replace(/\s+/g, '') ?? '';
  return style.includes('display:none') || style.includes('visibility:hidden');
}

type OpenElement = { name: string; skip: boolean; structure: Structure | null };

/**
 * Elements open at once beyond which a page is refused: htmlparser2 keeps its open elements in an
 * array it grows at the front, so each further unclosed tag costs time in proportion to the depth
 * (a million unclosed tags would take hours). Real pages stay in the hundreds; browsers themselves
 * stop nesting at 512.
 */
export const MAX_OPEN_ELEMENTS = 20_000;

/** Thrown (and caught by the importer as a reason) when a page nests past MAX_OPEN_ELEMENTS. */
export class HtmlTooDeepError extends Error {
  constructor() {
    super(`HTML nested too deeply (more than ${MAX_OPEN_ELEMENTS.toLocaleString('en')} elements open at once) — close its tags or save the page again from a browser`);
  }
}

// The heading, list item, quote, table row or <pre> an element makes of the text inside it, if any.
function structureOfElement(name: string, listDepth: number): Structure | null {
  const heading = HEADING.exec(name);
  if (heading) return { kind: 'heading', level: Number(heading[1]) };
  if (name === 'li') return { kind: 'list-item', level: Math.max(1, listDepth) };
  if (name === 'blockquote') return { kind: 'quote' };
  if (name === 'tr') return { kind: 'table-row' };
  if (name === 'pre') return { kind: 'preformatted' };
  return null;
}

/** One pass over the page: visible text, its blocks, plus the metadata Assay keeps. */
export function extractHtml(html: string, options: HtmlOptions = {}): HtmlExtract {
  const stack: OpenElement[] = [];
  // The innermost structural element decides the block; kept apart so text never walks the stack.
  const structures: Structure[] = [];
  const lists: { ordered: boolean; count: number }[] = [];
  const out = new TextCollector(() => structures[structures.length - 1] ?? { kind: 'paragraph' });
  let svgDepth = 0;
  const extract: HtmlExtract = { text: '', blocks: [], title: null, h1: null, metas: new Map(), canonical: null, lang: null, jsonLd: [], time: null };
  let skipDepth = 0;
  let preDepth = 0;
  let capture: { kind: 'title' | 'h1' | 'ld'; text: string } | null = null;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const skip = SKIPPED.has(name) || isHidden(attribs);
        if (stack.length >= MAX_OPEN_ELEMENTS) throw new HtmlTooDeepError();
        // A list item's level counts the lists around it, this one's own <ul> included (as before).
        const structure = structureOfElement(name, lists.length);
        stack.push({ name, skip, structure });
        if (structure) structures.push(structure);
        if (name === 'svg') svgDepth += 1;
        if (skip) skipDepth += 1;
        if (name === 'html' && attribs.lang) extract.lang ??= attribs.lang;
        if (name === 'meta') {
          const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase().trim();
          const content = attribs.content?.trim();
          if (key && content && !extract.metas.has(key)) extract.metas.set(key, content);
        }
        if (name === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(attribs.rel ?? '') && attribs.href) extract.canonical ??= attribs.href.trim();
        if (name === 'time' && attribs.datetime && skipDepth === 0) extract.time ??= attribs.datetime;
        if (name === 'title' && extract.title === null && svgDepth === 0) capture = { kind: 'title', text: '' };
        if (name === 'script' && /ld\+json/i.test(attribs.type ?? '')) capture = { kind: 'ld', text: '' };
        if (skipDepth > 0) return;
        if (name === 'h1' && extract.h1 === null) capture = { kind: 'h1', text: '' };
        if (name === 'pre') preDepth += 1;
        if (name === 'ul' || name === 'ol') lists.push({ ordered: name === 'ol', count: 0 });
        if (options.document && lists.length > (name === 'p' ? 0 : 1) && TIGHT_IN_LISTS.has(name)) out.block(1);
        else if (name === 'li') {
          const list = lists[lists.length - 1];
          if (list) list.count += 1;
          out.listItem(list?.ordered ? `${list.count}. ` : '• ');
        } else if (name === 'br') out.lineBreak();
        else if (PARAGRAPH.has(name)) out.block(2);
        else if (LINE.has(name)) out.block(1);
        else if (CELL.has(name)) {
          out.cell();
          if (options.document) out.enterInline();
        }
      },
      ontext(data) {
        if (capture) capture.text += data;
        if (skipDepth === 0) out.text(data, preDepth > 0);
      },
      onclosetag(name) {
        const open = stack.pop();
        if (open?.structure) structures.pop();
        if (open?.name === 'svg') svgDepth -= 1;
        if (capture && (capture.kind === name || (capture.kind === 'ld' && name === 'script'))) {
          const text = capture.text.replace(/\s+/g, ' ').trim();
          if (capture.kind === 'title') extract.title = text || null;
          else if (capture.kind === 'h1') extract.h1 = text || null;
          else extract.jsonLd.push(capture.text);
          capture = null;
        }
        if (open?.skip) {
          skipDepth -= 1;
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (name === 'ul' || name === 'ol') lists.pop();
        if (options.document && lists.length > 0 && TIGHT_IN_LISTS.has(name)) out.block(1);
        else if (PARAGRAPH.has(name)) out.block(2);
        else if (LINE.has(name)) out.block(1);
        else if (CELL.has(name)) {
          if (options.document) out.leaveInline();
          out.cell();
        }
      },
    },
    { decodeEntities: true, recognizeSelfClosing: options.xhtml === true },
  );
  parser.end(html);
  extract.text = out.result();
  extract.blocks = out.blocks();
  return extract;
}

/** Visible text of an HTML document or fragment. */
export function htmlToText(html: string): string {
  return extractHtml(html).text;
}

/**
 * The visible text of an HTML document or fragment as blocks, for `buildDocument({ body: '', blocks })`:
 * h1–h6 are headings with their level, <li> list items (with their '• ' or '1. ' marker) at their
 * nesting depth, <blockquote> quotes, <tr> table rows (cells tab-separated), <pre> preformatted,
 * anything else paragraphs. The body assembled from them is the text `htmlToText` gives.
 */
export function htmlToBlocks(html: string, options: HtmlOptions = {}): TextBlock[] {
  return extractHtml(html, options).blocks;
}
