// Assembles a ParsedDocument the same way for every format: one normalisation of the body,
// a title that is never empty, tidy one-line fields and a language for the stemmer.
import { detectLanguage } from './detect-language.js';
import { normaliseLine, normaliseText } from './normalise-text.js';
import { assembleBlocks, paragraphsOf } from './assemble-blocks.js';
import type { ParsedDocument, TextBlock } from './parsed-document.js';
import { stemOf } from './supported-formats.js';
import { capTitle, titleFromText } from './title-from-text.js';

export interface DocumentFields {
  /** The text, when the format has no structure to tell; else give `blocks` and leave this ''. */
  body: string;
  /** The body as blocks (headings, paragraphs, list items, pages…): the body is assembled from them. */
  blocks?: TextBlock[];
  /** For a document that came out of another (an e-mail attachment): the parent's origin. */
  parentOrigin?: string;
  /** File path, or `path#n` for the n-th item of a JSON array or line of JSONL. */
  origin: string;
  /** The file name the title falls back to. */
  fileName: string;
  title?: string | null;
  source?: string | null;
  author?: string | null;
  url?: string | null;
  /** Already normalised by parseDate. */
  date?: string | null;
  /** A language the data states outright (a JSON `language` field): used when well-formed. */
  language?: string | null;
  /** A language the markup claims (`<html lang>`): used only when detection cannot tell. */
  languageHint?: string | null;
  meta?: Record<string, string | null | undefined>;
}

function oneLine(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const line = normaliseLine(value);
  return line || null;
}

/** 'en', 'en-GB', 'ru_RU' -> 'en', 'ru'; anything else -> null. */
export function isoLanguage(value: string | null | undefined): string | null {
  const m = /^([a-z]{2})(?:[-_][a-z0-9]+)*$/i.exec(value?.trim() ?? '');
  return m?.[1] ? m[1].toLowerCase() : null;
}

function cleanMeta(meta: DocumentFields['meta']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(meta ?? {})) {
    const text = value === null || value === undefined ? '' : normaliseText(value);
    if (text) out[key] = text;
  }
  return out;
}

export function buildDocument(fields: DocumentFields): ParsedDocument {
  const assembled = fields.blocks ? assembleBlocks(fields.blocks) : null;
  const body = assembled ? assembled.body : normaliseText(fields.body);
  const stated = oneLine(fields.title);
  const title = stated ? capTitle(stated) : (titleFromText(body).title ?? stemOf(fields.fileName));
  let language = isoLanguage(fields.language) ?? detectLanguage(body);
  if (language === 'und') language = isoLanguage(fields.languageHint) ?? 'und';
  return {
    title,
    body,
    source: oneLine(fields.source),
    author: oneLine(fields.author),
    url: oneLine(fields.url),
    date: fields.date ?? null,
    language,
    meta: cleanMeta(fields.meta),
    origin: fields.origin,
    blocks: assembled ? assembled.blocks : paragraphsOf(body),
    pages: assembled ? assembled.pages : [],
    ...(fields.parentOrigin === undefined ? {} : { parentOrigin: fields.parentOrigin }),
  };
}

/** What a format parser knows about the file it is reading. */
export interface ParseContext {
  /** The file path (or upload name): the document's origin. */
  origin: string;
  fileName: string;
  /** The encoding the bytes were decoded from. */
  encoding: string;
}

/** `meta.encoding`, recorded only when the file was not UTF-8. */
export function encodingMeta(context: ParseContext): Record<string, string> {
  return context.encoding === 'utf-8' ? {} : { encoding: context.encoding };
}
