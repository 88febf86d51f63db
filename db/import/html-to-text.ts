// Turns HTML into the text a reader sees: scripts, styles, templates and hidden elements gone,
// blocks on their own lines and paragraphs apart, entities decoded. Also collects the head's
// metadata in the same pass. E-mail HTML parts go through here too.
import { Parser } from 'htmlparser2';

export interface HtmlExtract {
  text: string;
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
const SKIPPED = new Set(['nav', 'title', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas', 'audio', 'video', 'select', 'datalist', 'head', 'button']);
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'dl', 'table', 'figure', 'hr', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'main', 'form', 'fieldset', 'details', 'address']);
const LINE = new Set(['div', 'li', 'tr', 'dt', 'dd', 'figcaption', 'caption', 'summary', 'legend', 'option', 'tbody', 'thead', 'tfoot', 'body', 'center']);
const CELL = new Set(['td', 'th']);

function isHidden(attribs: Record<string, string>): boolean {
  if ('hidden' in attribs) return true;
  const style = attribs.style?.toLowerCase().replace(/\s+/g, '') ?? '';
  return style.includes('display:none') || style.includes('visibility:hidden');
}

class TextCollector {
  private readonly parts: string[] = [];
  private pending = 0;
  private separator = '';
  private prefix = '';

  private get empty(): boolean {
    return this.parts.length === 0;
  }

  block(level: 1 | 2): void {
    if (!this.empty) this.pending = Math.max(this.pending, level);
    this.separator = '';
  }

  lineBreak(): void {
    if (!this.empty) this.pending = Math.min(2, this.pending + 1);
    this.separator = '';
  }

  cell(): void {
    if (!this.empty && this.pending === 0) this.separator = '\t';
  }

  listItem(marker: string): void {
    this.block(1);
    this.prefix = marker;
  }

  text(raw: string, preformatted: boolean): void {
    const text = preformatted ? raw : raw.replace(/[ \t\n\r\f\u00A0]+/g, ' ');
    const content = preformatted ? text : text.trim();
    if (!content) {
      if (text && !this.empty && !this.separator) this.separator = ' ';
      return;
    }
    if (!preformatted && text.startsWith(' ') && !this.separator) this.separator = ' ';
    if (this.pending > 0) this.parts.push('\n'.repeat(this.pending));
    else if (this.separator && !this.empty) this.parts.push(this.separator);
    this.pending = 0;
    this.separator = '';
    if (this.prefix) this.parts.push(this.prefix);
    this.prefix = '';
    this.parts.push(content);
    if (!preformatted && text.endsWith(' ')) this.separator = ' ';
  }

  result(): string {
    return this.parts.join('');
  }
}

/** One pass over the page: visible text plus the metadata Assay keeps. */
export function extractHtml(html: string): HtmlExtract {
  const out = new TextCollector();
  const extract: HtmlExtract = { text: '', title: null, h1: null, metas: new Map(), canonical: null, lang: null, jsonLd: [], time: null };
  const stack: { name: string; skip: boolean }[] = [];
  const lists: { ordered: boolean; count: number }[] = [];
  let skipDepth = 0;
  let preDepth = 0;
  let capture: { kind: 'title' | 'h1' | 'ld'; text: string } | null = null;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const skip = SKIPPED.has(name) || isHidden(attribs);
        stack.push({ name, skip });
        if (skip) skipDepth += 1;
        if (name === 'html' && attribs.lang) extract.lang ??= attribs.lang;
        if (name === 'meta') {
          const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase().trim();
          const content = attribs.content?.trim();
          if (key && content && !extract.metas.has(key)) extract.metas.set(key, content);
        }
        if (name === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(attribs.rel ?? '') && attribs.href) extract.canonical ??= attribs.href.trim();
        if (name === 'time' && attribs.datetime && skipDepth === 0) extract.time ??= attribs.datetime;
        if (name === 'title' && extract.title === null && !stack.some((e) => e.name === 'svg')) capture = { kind: 'title', text: '' };
        if (name === 'script' && /ld\+json/i.test(attribs.type ?? '')) capture = { kind: 'ld', text: '' };
        if (skipDepth > 0) return;
        if (name === 'h1' && extract.h1 === null) capture = { kind: 'h1', text: '' };
        if (name === 'pre') preDepth += 1;
        if (name === 'ul' || name === 'ol') lists.push({ ordered: name === 'ol', count: 0 });
        if (name === 'li') {
          const list = lists[lists.length - 1];
          if (list) list.count += 1;
          out.listItem(list?.ordered ? `${list.count}. ` : '• ');
        } else if (name === 'br') out.lineBreak();
        else if (PARAGRAPH.has(name)) out.block(2);
        else if (LINE.has(name)) out.block(1);
        else if (CELL.has(name)) out.cell();
      },
      ontext(data) {
        if (capture) capture.text += data;
        if (skipDepth === 0) out.text(data, preDepth > 0);
      },
      onclosetag(name) {
        const open = stack.pop();
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
        if (PARAGRAPH.has(name)) out.block(2);
        else if (LINE.has(name)) out.block(1);
        else if (CELL.has(name)) out.cell();
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  extract.text = out.result();
  return extract;
}

/** Visible text of an HTML document or fragment. */
export function htmlToText(html: string): string {
  return extractHtml(html).text;
}
