// Outlook messages (.msg, an OLE2 compound file) read with @kenjiuno/msgreader: subject, sender,
// date and recipients from the message's properties; the HTML body through Assay's HTML reader
// when there is one, else the plain body, else the compressed RTF body (decompressed with
// @kenjiuno/decompressrtf, read by Assay's RTF reader); attachments Assay can read become documents
// of their own.
import { decompressRTF } from '@kenjiuno/decompressrtf';
import MsgReaderModule from '@kenjiuno/msgreader';
import type { FieldsData } from '@kenjiuno/msgreader';
import { buildDocument, type ParseContext } from './build-document.js';
import { decodeText } from './decode-text.js';
import { declaredHtmlCharset } from './html-charset.js';
import { htmlToBlocks } from './html-to-text.js';
import { attachmentDocuments, type MailAttachment, type PartParser } from './mail-attachments.js';
import { normaliseText } from './normalise-text.js';
import { parseDate } from './parse-date.js';
import { readRtfBlocks } from './parse-rtf.js';
import { failure, type ParseOutcome, type TextBlock } from './parsed-document.js';

// The package is CommonJS with `exports.default`: under Node's ESM loader the class sits one level
// down; a bundler that honours __esModule hands over the class itself.
type MsgReaderClass = typeof MsgReaderModule.default;
const MsgReader: MsgReaderClass = (MsgReaderModule as unknown as { default?: MsgReaderClass }).default ?? (MsgReaderModule as unknown as MsgReaderClass);

// Windows code pages an HTML body may be stored in (PidTagInternetCodepage), by the names TextDecoder knows.
const CODEPAGES: Readonly<Record<number, string>> = {
  65001: 'utf-8',
  20127: 'us-ascii',
  28591: 'iso-8859-1',
  28592: 'iso-8859-2',
  28595: 'iso-8859-5',
  20866: 'koi8-r',
  21866: 'koi8-u',
  866: 'ibm866',
  932: 'shift_jis',
  936: 'gbk',
  949: 'euc-kr',
  950: 'big5',
};

function codepageName(codepage: number | undefined): string | null {
  if (codepage === undefined) return null;
  if (CODEPAGES[codepage]) return CODEPAGES[codepage] as string;
  return codepage >= 1250 && codepage <= 1258 ? `windows-${codepage}` : null;
}

// msgreader fails on a damaged file with whatever its code tripped over ("Cannot read properties
// of undefined"): that says nothing to an analyst, so the reason names the damage instead.
function readMessage(bytes: Uint8Array): { reader: InstanceType<typeof MsgReader>; fields: FieldsData } | null {
  try {
    // A copy of exactly these bytes: a Buffer's `.buffer` may be a larger pool or the whole file.
    const reader = new MsgReader(new Uint8Array(bytes).buffer);
    const fields = reader.getFileData();
    return fields.error ? null : { reader, fields };
  } catch {
    return null;
  }
}

// Exchange senders carry an X.500 path ("/O=EXCHANGELABS/OU=…") where SMTP ones carry an address.
function smtpOf(fields: FieldsData): string | null {
  for (const value of [fields.senderSmtpAddress, fields.sentRepresentingSmtpAddress, fields.senderEmail]) {
    if (value && value.includes('@') && !value.startsWith('/')) return value.trim();
  }
  return null;
}

function person(name: string | undefined, address: string | null | undefined): string | null {
  const shown = name?.trim() ?? '';
  const email = address && address.includes('@') && !address.startsWith('/') ? address.trim() : '';
  if (!email) return shown || null;
  return shown && shown !== email ? `${shown} <${email}>` : email;
}

function recipients(fields: FieldsData, type: 'to' | 'cc' | 'bcc'): string | null {
  const list = (fields.recipients ?? [])
    .filter((r) => (r.recipType ?? 'to') === type)
    .map((r) => person(r.name, r.smtpAddress ?? r.email))
    .filter((r): r is string => r !== null);
  return list.length ? list.join(', ') : null;
}

function htmlOf(fields: FieldsData): string | null {
  if (fields.bodyHtml?.trim()) return fields.bodyHtml;
  if (!fields.html?.length) return null;
  const decoded = decodeText(fields.html, declaredHtmlCharset(fields.html) ?? codepageName(fields.internetCodepage));
  return decoded.ok ? decoded.text : null;
}

function transportHeader(fields: FieldsData, name: string): string | null {
  const m = new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(fields.headers ?? '');
  return m?.[1]?.replace(/\s+/g, ' ').trim() || null;
}

function attachmentsOf(reader: InstanceType<typeof MsgReader>, fields: FieldsData): MailAttachment[] {
  const out: MailAttachment[] = [];
  for (const attachment of fields.attachments ?? []) {
    if (attachment.attachmentHidden) continue;
    try {
      const data = reader.getAttachment(attachment);
      // An embedded message comes back as a .msg file of its own.
      const name = attachment.innerMsgContent && !/\.msg$/i.test(data.fileName) ? `${data.fileName || 'message'}.msg` : data.fileName;
      out.push({ fileName: name || null, mimeType: attachment.attachMimeTag ?? null, content: data.content });
    } catch {
      // An attachment whose stream is missing or damaged is skipped; the message still imports.
    }
  }
  return out;
}

/** The RTF body (PidTagRtfCompressed) as blocks, or why it cannot be read. */
function rtfBlocks(compressed: Uint8Array): { blocks: TextBlock[] } | { reason: string } {
  let rtf: Uint8Array;
  try {
    rtf = Uint8Array.from(decompressRTF(Array.from(compressed)));
  } catch {
    return { reason: 'its compressed RTF stream is damaged' };
  }
  const read = readRtfBlocks(rtf, 'RTF body');
  return 'reason' in read ? read : { blocks: read.blocks };
}

interface MessageBody {
  /** Structured body (from HTML or RTF), when there is one with text. */
  blocks?: TextBlock[];
  /** Plain body, when there are no blocks. */
  body: string;
  /** Which of the message's bodies the text came from, when not the plain one. */
  from?: 'html' | 'rtf';
  /** Why an RTF-only body could not be read. */
  rtfProblem?: string;
}

/** The richest body the message has text in: HTML, then plain text, then RTF (Outlook's rich-text mail). */
function bodyOf(fields: FieldsData): MessageBody {
  const html = htmlOf(fields);
  const htmlBlocks = html ? htmlToBlocks(html) : undefined;
  if (htmlBlocks?.some((b) => b.text.trim() !== '')) return { blocks: htmlBlocks, body: '', from: 'html' };
  const body = normaliseText(fields.body ?? '');
  if (body || !fields.compressedRtf?.length) return { body };
  const rtf = rtfBlocks(fields.compressedRtf);
  return 'reason' in rtf ? { body: '', rtfProblem: rtf.reason } : { blocks: rtf.blocks, body: '', from: 'rtf' };
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function parseMsg(bytes: Uint8Array, context: ParseContext, parsePart?: PartParser): Promise<ParseOutcome> {
  if (!OLE2.every((b, i) => bytes[i] === b)) return failure('not an Outlook message (the file is not an OLE2 compound file)');
  const read = readMessage(bytes);
  if (read === null) return failure('unreadable Outlook message (the file is damaged or cut short)');
  const { reader, fields } = read;
  if (fields.messageClass && !/^IPM\.Note\b/i.test(fields.messageClass) && !fields.subject && !fields.body) {
    return failure(`not an e-mail (an Outlook item of class ${fields.messageClass})`);
  }
  const { blocks, body, from, rtfProblem } = bodyOf(fields);
  const hasBlocks = blocks !== undefined;
  const attachments = attachmentsOf(reader, fields);
  const parts = await attachmentDocuments(attachments, context.origin, parsePart);
  if (!hasBlocks && !body) {
    const names = attachments.map((a) => a.fileName).filter(Boolean);
    const reason = rtfProblem
      ? `no readable text in the message: its body is only in RTF, and that RTF is unreadable (${rtfProblem})`
      : names.length
        ? `no text in the message, only attachments (${names.join(', ')})`
        : 'no text in the message';
    if (parts.documents.length === 0) return failure(reason);
    return { ok: true, documents: parts.documents, failures: [{ origin: context.origin, reason }, ...parts.failures] };
  }
  const rawDate = fields.clientSubmitTime ?? fields.messageDeliveryTime ?? transportHeader(fields, 'date') ?? null;
  const date = parseDate(rawDate);
  const sender = person(fields.senderName, smtpOf(fields));
  const document = buildDocument({
    body,
    ...(hasBlocks ? { blocks } : {}),
    origin: context.origin,
    fileName: context.fileName,
    title: fields.subject ?? fields.normalizedSubject ?? null,
    author: sender,
    source: smtpOf(fields)?.split('@')[1]?.toLowerCase() ?? null,
    date,
    meta: {
      to: recipients(fields, 'to'),
      cc: recipients(fields, 'cc'),
      bcc: recipients(fields, 'bcc'),
      message_id: fields.messageId ?? transportHeader(fields, 'message-id'),
      in_reply_to: transportHeader(fields, 'in-reply-to'),
      attachments: attachments
        .map((a) => a.fileName)
        .filter(Boolean)
        .join(', '),
      body_from: from ?? null,
      date_raw: rawDate && !date ? rawDate : null,
    },
  });
  return { ok: true, documents: [document, ...parts.documents], failures: parts.failures };
}
