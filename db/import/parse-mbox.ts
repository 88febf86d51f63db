// Mailboxes (.mbox, mboxo and mboxrd): split at the "From " line that opens each message and read
// every message as an .eml. Messages are views into the file's bytes, not copies; one bad message
// is reported against its own origin (`box.mbox#12`) and the others still import.
import type { ParseContext } from './build-document.js';
import type { PartParser } from './mail-attachments.js';
import { parseEml } from './parse-eml.js';
import { failure, type ParsedDocument, type ParseOutcome, type PartFailure } from './parsed-document.js';
import { MBOX_SEPARATOR } from './sniff-format.js';

const NEWLINE = 0x0a;
const FROM_LINE = Buffer.from('\nFrom ', 'latin1');

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function lineAt(buffer: Buffer, start: number): string {
  const end = buffer.indexOf(NEWLINE, start);
  return buffer.toString('latin1', start, end < 0 ? buffer.length : Math.min(end, start + 400)).replace(/\r$/, '');
}

/** [start, end) of each message, after its "From " line; the line break before the next one is dropped. */
export function mboxMessageRanges(bytes: Uint8Array): { start: number; end: number }[] {
  const buffer = asBuffer(bytes);
  const starts: number[] = [];
  if (MBOX_SEPARATOR.test(lineAt(buffer, 0))) starts.push(0);
  for (let at = buffer.indexOf(FROM_LINE); at >= 0; at = buffer.indexOf(FROM_LINE, at + 1)) {
    if (MBOX_SEPARATOR.test(lineAt(buffer, at + 1))) starts.push(at + 1);
  }
  return starts.map((separator, i) => {
    const lineEnd = buffer.indexOf(NEWLINE, separator);
    const start = lineEnd < 0 ? buffer.length : lineEnd + 1;
    let end = starts[i + 1] ?? buffer.length;
    // The blank line mbox writers put before the next "From " belongs to neither message.
    if (end > start && buffer[end - 1] === NEWLINE) end -= 1;
    if (end > start && buffer[end - 1] === 0x0d) end -= 1;
    return { start, end: Math.max(start, end) };
  });
}

const ESCAPED_FROM = /^>(>*From )/gm;

// mboxrd writes a body line "From x" as ">From x" and ">From x" as ">>From x"; one ">" comes off.
// Only a message that holds such a line is copied.
function unescapeFromLines(message: Uint8Array): Uint8Array {
  const buffer = asBuffer(message);
  if (buffer.indexOf('>From ', 0, 'latin1') < 0) return message;
  return Buffer.from(buffer.toString('latin1').replace(ESCAPED_FROM, '$1'), 'latin1');
}

function isBlank(bytes: Uint8Array): boolean {
  return bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d);
}

export async function parseMbox(bytes: Uint8Array, context: ParseContext, parsePart?: PartParser): Promise<ParseOutcome> {
  const ranges = mboxMessageRanges(bytes);
  if (ranges.length === 0) return failure('not a mailbox (no "From " line opens a message)');
  const documents: ParsedDocument[] = [];
  const failures: PartFailure[] = [];
  for (const [i, range] of ranges.entries()) {
    const origin = `${context.origin}#${i + 1}`;
    const message = bytes.subarray(range.start, range.end);
    if (isBlank(message)) {
      failures.push({ origin, reason: 'empty message' });
      continue;
    }
    let outcome: ParseOutcome;
    try {
      outcome = await parseEml(unescapeFromLines(message), { ...context, origin }, parsePart);
    } catch (error) {
      outcome = failure(`could not be parsed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!outcome.ok) {
      failures.push({ origin, reason: outcome.reason });
      continue;
    }
    documents.push(...outcome.documents);
    failures.push(...(outcome.failures ?? []));
  }
  if (documents.length === 0 && failures.length === 1) return failure((failures[0] as PartFailure).reason);
  return { ok: true, documents, failures };
}
