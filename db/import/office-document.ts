// The document an office file (Word, OpenDocument, RTF) makes from its blocks and its own metadata:
// the stated title or else the first heading, the author, the created date (else the modified one),
// and subject, description, keywords and a later modification kept as details.
import { buildDocument, type ParseContext } from './build-document.js';
import { headingTitle } from './block-headings.js';
import { parseDate } from './parse-date.js';
import type { ParsedDocument, TextBlock } from './parsed-document.js';

export interface OfficeMetadata {
  title: string | null | undefined;
  author: string | null | undefined;
  source?: string | null | undefined;
  created: string | null | undefined;
  modified: string | null | undefined;
  language?: string | null | undefined;
  subject: string | null | undefined;
  description: string | null | undefined;
  keywords: string | null | undefined;
  lastModifiedBy?: string | null | undefined;
}

export function officeDocument(blocks: TextBlock[], context: ParseContext, m: OfficeMetadata): ParsedDocument {
  return buildDocument({
    body: '',
    blocks,
    origin: context.origin,
    fileName: context.fileName,
    title: m.title ?? headingTitle(blocks),
    author: m.author ?? null,
    source: m.source ?? null,
    date: parseDate(m.created ?? m.modified),
    languageHint: m.language ?? null,
    meta: {
      subject: m.subject,
      description: m.description,
      keywords: m.keywords,
      modified: m.created ? parseDate(m.modified) : null,
      last_modified_by: m.lastModifiedBy,
    },
  });
}
