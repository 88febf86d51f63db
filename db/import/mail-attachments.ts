// Turns a message's attachments into documents of their own, linked to the message by origin.
// Each attachment goes through the same entry point as a file on disk (see read-and-parse.ts), so
// every format Assay learns to read is read inside mail too.
import type { ParsedDocument, ParseOutcome, PartFailure } from './parsed-document.js';
import { extensionOf } from './supported-formats.js';

/**
 * Parses one embedded file (an attachment) as if it were a file called `fileName`, with
 * `origin` as its origin; null when its type is not one Assay imports (an image, a calendar invite).
 */
export type PartParser = (fileName: string, origin: string, bytes: Uint8Array) => Promise<ParseOutcome | null>;

export interface MailAttachment {
  fileName: string | null;
  mimeType: string | null;
  content: Uint8Array;
}

export interface MailParts {
  documents: ParsedDocument[];
  failures: PartFailure[];
}

// Attachments without a name still have a type; these are the types worth a look.
const EXTENSION_BY_MIME: Readonly<Record<string, string>> = {
  'text/plain': '.txt',
  'text/html': '.html',
  'text/markdown': '.md',
  'application/json': '.json',
  'application/pdf': '.pdf',
  'application/rtf': '.rtf',
  'text/rtf': '.rtf',
  'application/msword': '.doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.oasis.opendocument.text': '.odt',
  'application/epub+zip': '.epub',
  'message/rfc822': '.eml',
  'application/vnd.ms-outlook': '.msg',
  'application/mbox': '.mbox',
};

function nameFor(attachment: MailAttachment, index: number): string {
  const given = attachment.fileName?.replace(/[\\/]/g, '_').trim();
  const fromType = EXTENSION_BY_MIME[attachment.mimeType?.toLowerCase().split(';')[0]?.trim() ?? ''] ?? '';
  if (given) return extensionOf(given) || !fromType ? given : `${given}${fromType}`;
  return `attachment-${index + 1}${fromType}`;
}

/** Parses every attachment Assay can read; the message itself is `parentOrigin`. */
export async function attachmentDocuments(attachments: readonly MailAttachment[], parentOrigin: string, parsePart: PartParser | undefined): Promise<MailParts> {
  const parts: MailParts = { documents: [], failures: [] };
  if (!parsePart) return parts;
  const used = new Map<string, number>();
  for (const [index, attachment] of attachments.entries()) {
    if (attachment.content.byteLength === 0) continue;
    const fileName = nameFor(attachment, index);
    // Two attachments may share a name; the second origin gets " (2)" so each stays unique.
    const count = (used.get(fileName) ?? 0) + 1;
    used.set(fileName, count);
    const origin = `${parentOrigin}#attachment:${fileName}${count > 1 ? ` (${count})` : ''}`;
    const outcome = await parsePart(fileName, origin, attachment.content);
    if (outcome === null) continue;
    if (!outcome.ok) {
      parts.failures.push({ origin, reason: outcome.reason });
      continue;
    }
    // A nested message already linked its own attachments to itself; link the rest to this one.
    for (const document of outcome.documents) parts.documents.push(document.parentOrigin === undefined ? { ...document, parentOrigin } : document);
    parts.failures.push(...(outcome.failures ?? []));
  }
  return parts;
}
