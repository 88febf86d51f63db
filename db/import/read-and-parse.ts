// The import entry point for one file: checks it can and should be read, decodes it and hands
// it to the parser for its format. Every problem comes back as a one-line reason, never a throw.
import { closeSync, fstatSync, readFileSync, readSync } from 'node:fs';
import type { ParseContext } from './build-document.js';
import { chooseFormat, worthReading } from './choose-format.js';
import { decodeText } from './decode-text.js';
import { declaredHtmlCharset } from './html-charset.js';
import type { PartParser } from './mail-attachments.js';
import { parseDocx } from './parse-docx.js';
import { parseEml } from './parse-eml.js';
import { parseEpub } from './parse-epub.js';
import { parseHtml } from './parse-html.js';
import { parseJson, parseJsonl } from './parse-json.js';
import { parseMarkdown } from './parse-markdown.js';
import { parseMbox } from './parse-mbox.js';
import { parseMsg } from './parse-msg.js';
import { parseOdt } from './parse-odt.js';
import { parsePdf, type PdfReadOptions } from './parse-pdf.js';
import { parsePlainText } from './parse-plain-text.js';
import { parseRtf } from './parse-rtf.js';
import { openForImport, OutsideReadRoots } from './read-confinement.js';
import { refuseUnindexable } from './refuse-unindexable.js';
import { failure, type ParseOutcome } from './parsed-document.js';
import { binaryReason } from './sniff-binary.js';
import { SNIFF_HEAD_BYTES, sniffFormat } from './sniff-format.js';
import { formatFor, unsupportedTypeReason, type ImportFormat } from './supported-formats.js';

export { SUPPORTED_EXTENSIONS } from './supported-formats.js';

/**
 * 50 MiB. A body is held several times over while importing (bytes, the UTF-16 string, the
 * normalised copy, the index tokens), so this keeps one file well under a gigabyte of memory;
 * and a single text this large is a dump (a log, a mailbox, a database export) that reads and
 * annotates better split into documents.
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface ReadOptions {
  /** Overrides MAX_FILE_BYTES (tests use a small limit instead of writing 50 MB). */
  maxBytes?: number;
  /** Told as the pages of a long PDF are read, for progress. */
  onPage?: PdfReadOptions['onPage'];
  /** The exact bytes of the path when its name is not valid UTF-8 (`path` then shows it with U+FFFD). */
  fsPath?: Buffer;
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

function tooLargeReason(size: number, limit: number): string {
  const shown = size / (1024 * 1024) >= 0.1 ? megabytes(size) : `${size} bytes`;
  const limitShown = limit / (1024 * 1024) >= 0.1 ? megabytes(limit) : `${limit} bytes`;
  return `too large (${shown}; the limit is ${limitShown}) — split it`;
}

function fileSystemReason(error: unknown): string {
  if (error instanceof OutsideReadRoots) return error.message;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'unreadable: permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ELOOP':
      return 'unreadable: too many levels of symbolic links';
    default:
      return `unreadable: ${code ?? (error instanceof Error ? error.message : String(error))}`;
  }
}

/** Attachments inside attachments are read this deep (a message forwarded as an attachment, twice). */
const MAX_NESTING = 3;

async function parseFormat(
  format: ImportFormat,
  bytes: Uint8Array,
  context: Omit<ParseContext, 'encoding'>,
  parsePart?: PartParser,
  onPage?: ReadOptions['onPage'],
): Promise<ParseOutcome> {
  // Binary: no text decoding and no NUL-byte sniff; pdfjs reads the bytes as they are.
  if (format === 'pdf') return parsePdf(bytes, context, onPage ? { onPage } : {});
  if (format === 'msg') return parseMsg(bytes, { ...context, encoding: 'utf-8' }, parsePart);
  // Packages (ZIP) and RTF name their own encodings: the bytes go to the parser as they are.
  if (format === 'docx') return parseDocx(bytes, { ...context, encoding: 'utf-8' });
  if (format === 'odt') return parseOdt(bytes, { ...context, encoding: 'utf-8' });
  if (format === 'epub') return parseEpub(bytes, { ...context, encoding: 'utf-8' });
  if (format === 'rtf') return parseRtf(bytes, { ...context, encoding: 'utf-8' });
  if (format === 'eml' || format === 'mbox') {
    const binary = binaryReason(bytes);
    if (binary) return failure(binary);
    const mail = format === 'eml' ? parseEml : parseMbox;
    return mail(bytes, { ...context, encoding: 'utf-8' }, parsePart);
  }
  const decoded = decodeText(bytes, format === 'html' ? declaredHtmlCharset(bytes) : null);
  if (!decoded.ok) return failure(decoded.reason);
  const withEncoding: ParseContext = { ...context, encoding: decoded.encoding };
  switch (format) {
    case 'text':
      return parsePlainText(decoded.text, withEncoding);
    case 'markdown':
      return parseMarkdown(decoded.text, withEncoding);
    case 'html':
      return parseHtml(decoded.text, withEncoding);
    case 'json':
      return parseJson(decoded.text, withEncoding);
    case 'jsonl':
      return parseJsonl(decoded.text, withEncoding);
  }
}

async function parseChecked(name: string, origin: string, bytes: Uint8Array, maxBytes: number, depth = 0, onPage?: ReadOptions['onPage']): Promise<ParseOutcome> {
  if (!formatFor(name) && !worthReading(sniffFormat(bytes.subarray(0, SNIFF_HEAD_BYTES)))) return failure(unsupportedTypeReason(name));
  if (bytes.length > maxBytes) return failure(tooLargeReason(bytes.length, maxBytes));
  if (bytes.length === 0) return failure('empty file');
  // The extension names the format unless the content plainly is something else (a PDF saved as .txt).
  const choice = chooseFormat(name, bytes);
  if (choice === null) return failure(unsupportedTypeReason(name));
  if ('refusal' in choice) return failure(choice.refusal);
  // Attachments go through this same entry point, so every format read on disk is read in mail too.
  const parsePart: PartParser | undefined =
    depth < MAX_NESTING
      ? async (partName, partOrigin, partBytes) =>
          chooseFormat(partName, partBytes) === null ? null : parseChecked(partName, partOrigin, partBytes, maxBytes, depth + 1)
      : undefined;
  try {
    const outcome = await parseFormat(choice.format, bytes, { origin, fileName: name }, parsePart, onPage);
    // Checked once, on the file's whole outcome (attachments included), not again for each part.
    return depth === 0 ? refuseUnindexable(outcome, choice.format === 'json' || choice.format === 'jsonl') : outcome;
  } catch (error) {
    // A parser bug must not abort a whole folder import; report it against this file.
    return failure(`could not be parsed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function readHead(fd: number): Uint8Array {
  const head = Buffer.alloc(SNIFF_HEAD_BYTES);
  return head.subarray(0, readSync(fd, head, 0, head.length, 0));
}

/** The file's bytes, or why they were not read. Every check and the read go through one open descriptor (see read-confinement.ts). */
function readChecked(path: string, exact: string | Buffer, maxBytes: number): Uint8Array | { reason: string } {
  const fd = openForImport(exact);
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) return { reason: 'is a folder, not a file' };
    if (!info.isFile()) return { reason: 'not a regular file (a device, pipe or socket)' };
    // No extension, or one Assay does not know: the first bytes may still say what the file is.
    if (!formatFor(path) && !worthReading(sniffFormat(readHead(fd)))) return { reason: unsupportedTypeReason(path) };
    if (info.size > maxBytes) return { reason: tooLargeReason(info.size, maxBytes) };
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Reads one file (stat first: refuse over MAX_FILE_BYTES before reading) and parses it. Never throws. */
export async function readAndParse(path: string, options: ReadOptions = {}): Promise<ParseOutcome> {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  let bytes: Uint8Array | { reason: string };
  try {
    bytes = readChecked(path, options.fsPath ?? path, maxBytes);
  } catch (error) {
    return failure(fileSystemReason(error));
  }
  if (!(bytes instanceof Uint8Array)) return failure(bytes.reason);
  return parseChecked(path, path, bytes, maxBytes, 0, options.onPage);
}

/** Parses bytes already in memory (browser upload); `name` picks the format, or the content does (see chooseFormat). Never throws. */
export async function parseBytes(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ParseOutcome> {
  return parseChecked(name, name, bytes, options.maxBytes ?? MAX_FILE_BYTES, 0, options.onPage);
}
