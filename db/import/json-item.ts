// Turns one JSON object (an item of a JSON array, a JSONL line) into a document, naming the item
// when it cannot: the whole file is refused, so the reason must point at the culprit.
import { buildDocument, type ParseContext } from './build-document.js';
import type { ParsedDocument } from './parsed-document.js';
import { parseDate } from './parse-date.js';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };
export type ItemOutcome = { ok: true; document: ParsedDocument } | { ok: false; reason: string };

const BODY_KEYS = ['body', 'text', 'content'];
const DATE_KEYS = ['date', 'published', 'published_at', 'publishedAt', 'datePublished', 'pubDate'];
const URL_KEYS = ['url', 'link'];
const LANGUAGE_KEYS = ['language', 'lang'];
const KNOWN = new Set([...BODY_KEYS, ...DATE_KEYS, ...URL_KEYS, ...LANGUAGE_KEYS, 'title', 'headline', 'source', 'author', 'authors']);

export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Authors and sources come as strings, lists of strings or {name: …} objects.
function asText(value: JsonValue | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(asText).filter((v): v is string => v !== null);
    return parts.length ? parts.join(', ') : null;
  }
  if (isJsonObject(value)) return asText(value.name);
  return null;
}

function pick(item: JsonObject, keys: readonly string[]): JsonValue | undefined {
  for (const key of keys) if (item[key] !== undefined && item[key] !== null) return item[key];
  return undefined;
}

function metaOf(item: JsonObject): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const [key, value] of Object.entries(item)) {
    if (KNOWN.has(key) || value === null) continue;
    meta[key] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return meta;
}

/** `label` names the item in reasons: "JSON item 3", "line 7". */
export function documentFromItem(item: JsonValue, label: string, origin: string, context: ParseContext): ItemOutcome {
  if (!isJsonObject(item)) return { ok: false, reason: `${label} is not an object (expected {"title": …, "body": …})` };
  const body = pick(item, BODY_KEYS);
  if (body === undefined) return { ok: false, reason: `${label} has no body or text` };
  if (typeof body !== 'string') return { ok: false, reason: `${label} has a body that is not text` };
  if (!body.trim()) return { ok: false, reason: `${label} has an empty body` };
  const rawDate = pick(item, DATE_KEYS);
  const date = typeof rawDate === 'string' || typeof rawDate === 'number' ? parseDate(rawDate) : null;
  const meta = metaOf(item);
  if (rawDate !== undefined && !date) meta.date_raw = typeof rawDate === 'string' ? rawDate : JSON.stringify(rawDate);
  if (context.encoding !== 'utf-8') meta.encoding = context.encoding;
  const document = buildDocument({
    body,
    origin,
    fileName: context.fileName,
    title: asText(item.title ?? item.headline),
    source: asText(item.source),
    author: asText(item.author ?? item.authors),
    url: asText(pick(item, URL_KEYS)),
    date,
    language: asText(pick(item, LANGUAGE_KEYS)),
    meta,
  });
  return { ok: true, document };
}
