// E-mail (.eml): MIME, transfer encodings, RFC 2047 words and charsets are decoded by
// postal-mime; the text/plain part is the body, or the HTML part through Assay's own converter
// (which keeps its blocks).
import iconv from 'iconv-lite';
import PostalMime from 'postal-mime';
import type { Address, Email } from 'postal-mime';
import { buildDocument, type ParseContext } from './build-document.js';
import { htmlToBlocks } from './html-to-text.js';
import { encodedWordsReason } from './mail-encoded-words.js';
import { attachmentDocuments, type MailParts, type PartParser } from './mail-attachments.js';
import { hasInlinePlainPart } from './mail-plain-part.js';
import { normaliseText } from './normalise-text.js';
import { parseDate } from './parse-date.js';
import { failure, type ParseOutcome, type TextBlock } from './parsed-document.js';

// Node 20's TextDecoder reads windows-1252 as ISO-8859-1, leaving curly quotes and dashes as
// C1 control characters; real mail never contains those, so map them back through cp1252.
function repairC1(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (ch) => {
    const fixed = iconv.decode(Buffer.from([ch.charCodeAt(0)]), 'windows-1252');
    return fixed === '\uFFFD' ? ch : fixed;
  });
}

// A file with none of these is not a message, whatever postal-mime makes of its first line.
const MESSAGE_HEADERS = new Set(['from', 'to', 'subject', 'date', 'message-id', 'content-type', 'mime-version', 'received']);

function formatAddress(address: Address | undefined): string | null {
  if (!address) return null;
  if (address.group) return [address.name, ...address.group.map((m) => formatAddress(m))].filter(Boolean).join(', ');
  const name = repairC1(address.name.trim());
  if (!address.address) return name || null;
  return name && name !== address.address ? `${name} <${address.address}>` : address.address;
}

function formatAddresses(addresses: Address[] | undefined): string | null {
  const list = (addresses ?? []).map(formatAddress).filter((a): a is string => a !== null);
  return list.length ? list.join(', ') : null;
}

function header(email: Email, key: string): string | null {
  return email.headers.find((h) => h.key === key)?.value.trim() || null;
}

// The list's description ("Security Digest <sec.lists.example.org>"), else its id.
function listName(listId: string | null): string | null {
  if (!listId) return null;
  const m = /^(.*?)\s*<([^>]+)>\s*$/.exec(listId);
  if (!m) return listId.replace(/[<>]/g, '').trim() || null;
  return (m[1] ?? '').replace(/^"|"$/g, '').trim() || m[2] || null;
}

function senderDomain(from: Address | undefined): string | null {
  const address = from && !from.group ? from.address : '';
  const at = address.lastIndexOf('@');
  return at > 0 ? address.slice(at + 1).toLowerCase() : null;
}

async function parseMessage(bytes: Uint8Array): Promise<Email | string> {
  try {
    return await PostalMime.parse(bytes);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

// Attachments Assay reads become documents of their own, linked to this message's origin.
async function attachmentsOf(email: Email, context: ParseContext, parsePart: PartParser | undefined): Promise<MailParts> {
  const attachments = email.attachments.map((a) => ({
    fileName: a.filename,
    mimeType: a.mimeType,
    content: typeof a.content === 'string' ? Buffer.from(a.content, 'base64') : new Uint8Array(a.content),
  }));
  return attachmentDocuments(attachments, context.origin, parsePart);
}

/** `parsePart` reads attachments (read-and-parse passes its own entry point); without it they are only listed in meta. */
export async function parseEml(bytes: Uint8Array, context: ParseContext, parsePart?: PartParser): Promise<ParseOutcome> {
  const raw = Buffer.from(bytes).toString('latin1');
  const tooManyWords = encodedWordsReason(raw);
  if (tooManyWords) return failure(tooManyWords);
  const email = await parseMessage(bytes);
  if (typeof email === 'string') return failure(`unreadable e-mail: ${email}`);
  if (!email.headers.some((h) => MESSAGE_HEADERS.has(h.key))) return failure('not an e-mail message (no headers found)');
  const plain = email.text !== undefined && email.text.trim() !== '' && (!email.html || hasInlinePlainPart(raw)) ? email.text : null;
  // An HTML-only message keeps its structure: the blocks are the body.
  const blocks: TextBlock[] | undefined = plain === null && email.html ? htmlToBlocks(email.html).map((b) => ({ ...b, text: repairC1(b.text) })) : undefined;
  const body = normaliseText(blocks ? blocks.map((b) => b.text).join('\n') : repairC1(plain ?? ''));
  const parts = await attachmentsOf(email, context, parsePart);
  if (!body) {
    const names = email.attachments.map((a) => a.filename).filter(Boolean);
    const reason = names.length ? `no text in the e-mail, only attachments (${names.join(', ')})` : 'no text in the e-mail';
    // The attachments still import; the empty message is reported against its own origin.
    if (parts.documents.length === 0) return failure(reason);
    return { ok: true, documents: parts.documents, failures: [{ origin: context.origin, reason }, ...parts.failures] };
  }
  const listId = header(email, 'list-id');
  const date = parseDate(email.date);
  const document = buildDocument({
    body: blocks ? '' : body,
    blocks,
    origin: context.origin,
    fileName: context.fileName,
    title: email.subject ? repairC1(email.subject) : null,
    author: formatAddress(email.from),
    source: listName(listId) ?? senderDomain(email.from),
    url: header(email, 'archived-at')?.replace(/^<|>$/g, '') ?? null,
    date,
    meta: {
      to: formatAddresses(email.to),
      cc: formatAddresses(email.cc),
      reply_to: formatAddresses(email.replyTo),
      message_id: email.messageId,
      in_reply_to: email.inReplyTo,
      list_id: listId,
      attachments: email.attachments
        .map((a) => a.filename)
        .filter(Boolean)
        .join(', '),
      body_from: plain === null ? 'html' : null,
      date_raw: email.date && !date ? email.date : null,
    },
  });
  return { ok: true, documents: [document, ...parts.documents], failures: parts.failures };
}
