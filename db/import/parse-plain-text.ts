// Plain text: the body as written, the headline and any byline or date found above it.
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
    author: header.author,
    date: header.date,
    meta: encodingMeta(context),
  });
  return { ok: true, documents: [document] };
}
