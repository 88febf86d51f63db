// Markdown: rendered by marked, then read like HTML, so the body is the text a reader sees (no
// `**`, `#` or `-` markers) and headings, list items, quotes, code and tables are blocks. The
// title comes from YAML front matter or the first level-one heading; the front matter is metadata.
import { Marked } from 'marked';
import { buildDocument, encodingMeta, type ParseContext } from './build-document.js';
import { extractHtml } from './html-to-text.js';
import { normaliseText } from './normalise-text.js';
import { parseDate } from './parse-date.js';
import { failure, type ParseOutcome } from './parsed-document.js';
import { titleFromText } from './title-from-text.js';

interface FrontMatter {
  fields: Map<string, string>;
  body: string;
}

// Only the `key: value` subset of YAML: enough for the title/author/date that editors write.
function splitFrontMatter(text: string): FrontMatter {
  const fields = new Map<string, string>();
  const m = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { fields, body: text };
  for (const line of (m[1] ?? '').split('\n')) {
    const kv = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv?.[1]) continue;
    const value = (kv[2] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2');
    if (value) fields.set(kv[1].toLowerCase(), value);
  }
  return { fields, body: text.slice(m[0].length) };
}

// GitHub-flavoured (tables, strikethrough, autolinks); raw HTML passes through to the HTML reader,
// which drops scripts and styles as it does for web pages.
const markdown = new Marked({ gfm: true, breaks: false });

const KNOWN_KEYS = new Set(['title', 'author', 'date', 'source', 'publisher', 'url', 'link', 'lang', 'language']);

export function parseMarkdown(text: string, context: ParseContext): ParseOutcome {
  const { fields, body: rest } = splitFrontMatter(normaliseText(text));
  if (!normaliseText(rest)) return failure(fields.size ? 'no text after the front matter' : 'empty file (only whitespace)');
  const page = extractHtml(markdown.parse(rest, { async: false }), { document: true });
  const body = normaliseText(page.text);
  if (!body) return failure('no text once the Markdown is rendered');
  const header = titleFromText(body);
  const title = fields.get('title') ?? page.h1 ?? header.title;
  const rawDate = fields.get('date');
  const meta: Record<string, string> = { ...encodingMeta(context) };
  for (const [key, value] of fields) if (!KNOWN_KEYS.has(key)) meta[key] = value;
  if (rawDate && !parseDate(rawDate)) meta.date_raw = rawDate;
  const document = buildDocument({
    body: '',
    blocks: page.blocks,
    origin: context.origin,
    fileName: context.fileName,
    title,
    author: fields.get('author') ?? header.author,
    source: fields.get('source') ?? fields.get('publisher'),
    url: fields.get('url') ?? fields.get('link'),
    date: rawDate ? parseDate(rawDate) : header.date,
    language: fields.get('lang') ?? fields.get('language'),
    meta,
  });
  return { ok: true, documents: [document] };
}
