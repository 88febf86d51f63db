// Plain text: the body as written, the headline, any byline or date found above it and the
// source and date of a dateline near it.
import { buildDocument, encodingMeta, type ParseContext } from './build-document.js';
import { normaliseText } from './normalise-text.js';
import { failure, type ParseOutcome } from './parsed-document.js';
import { titleFromText } from './title-from-text.js';

export function parsePlainText(text: string, context: ParseContext): ParseOutcome {
  const body = normaliseText(text);
  if (!body) return failure('empty file (only whitespace)');
  const header = titleFromText(body);
  const document = buildDocument({
    body,
    origin: context.origin,
    fileName: context.fileName,
    title: header.title,
    source: header.dateline?.source ?? null,
    author: header.author,
    date: header.date ?? header.dateline?.date ?? null,
    meta: encodingMeta(context),
  });
  return { ok: true, documents: [document] };
}
