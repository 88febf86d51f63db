// Markdown: the text is kept as written (it reads fine as plain text); the title comes from
// YAML front matter or the first level-one heading, and the front matter itself is metadata.
import { buildDocument, encodingMeta, type ParseContext } from './build-document.js';
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

/** Heading text without emphasis, code, link and image syntax. */
export function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`+|~~)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\s+#+\s*$/, '')
    .trim();
}

function firstHeading(body: string): string | null {
  const lines = body.split('\n');
  let fenced = false;
  for (const [i, line] of lines.entries()) {
    if (/^\s{0,3}(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const atx = /^\s{0,3}#(?!#)\s+(.+)$/.exec(line);
    if (atx?.[1]) return stripInlineMarkdown(atx[1]);
    if (line.trim() && /^\s{0,3}=+\s*$/.test(lines[i + 1] ?? '')) return stripInlineMarkdown(line.trim());
  }
  return null;
}

const KNOWN_KEYS = new Set(['title', 'author', 'date', 'source', 'publisher', 'url', 'link', 'lang', 'language']);

export function parseMarkdown(text: string, context: ParseContext): ParseOutcome {
  const { fields, body: rest } = splitFrontMatter(normaliseText(text));
  const body = normaliseText(rest);
  if (!body) return failure(fields.size ? 'no text after the front matter' : 'empty file (only whitespace)');
  const header = titleFromText(body);
  const title = fields.get('title') ?? firstHeading(body) ?? (header.title && stripInlineMarkdown(header.title));
  const rawDate = fields.get('date');
  const meta: Record<string, string> = { ...encodingMeta(context) };
  for (const [key, value] of fields) if (!KNOWN_KEYS.has(key)) meta[key] = value;
  if (rawDate && !parseDate(rawDate)) meta.date_raw = rawDate;
  const document = buildDocument({
    body,
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
