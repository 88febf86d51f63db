// The import entry point for one file: checks it can and should be read, decodes it and hands
// it to the parser for its format. Every problem comes back as a one-line reason, never a throw.
import { stat, readFile } from 'node:fs/promises';
import type { ParseContext } from './build-document.js';
import { decodeText } from './decode-text.js';
import { declaredHtmlCharset } from './html-charset.js';
import { parseEml } from './parse-eml.js';
import { parseHtml } from './parse-html.js';
import { parseJson, parseJsonl } from './parse-json.js';
import { parseMarkdown } from './parse-markdown.js';
import { parsePlainText } from './parse-plain-text.js';
import { failure, type ParseOutcome } from './parsed-document.js';
import { binaryReason } from './sniff-binary.js';
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

async function parseFormat(format: ImportFormat, bytes: Uint8Array, context: Omit<ParseContext, 'encoding'>): Promise<ParseOutcome> {
  if (format === 'eml') {
    const binary = binaryReason(bytes);
    return binary ? failure(binary) : parseEml(bytes, { ...context, encoding: 'utf-8' });
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

async function parseChecked(name: string, origin: string, bytes: Uint8Array, maxBytes: number): Promise<ParseOutcome> {
  const format = formatFor(name);
  if (!format) return failure(unsupportedTypeReason(name));
  if (bytes.length > maxBytes) return failure(tooLargeReason(bytes.length, maxBytes));
  if (bytes.length === 0) return failure('empty file');
  try {
    return await parseFormat(format, bytes, { origin, fileName: name });
  } catch (error) {
    // A parser bug must not abort a whole folder import; report it against this file.
    return failure(`could not be parsed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Reads one file (stat first: refuse over MAX_FILE_BYTES before reading) and parses it. Never throws. */
export async function readAndParse(path: string, options: ReadOptions = {}): Promise<ParseOutcome> {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return failure('is a folder, not a file');
    if (!info.isFile()) return failure('not a regular file (a device, pipe or socket)');
    if (!formatFor(path)) return failure(unsupportedTypeReason(path));
    if (info.size > maxBytes) return failure(tooLargeReason(info.size, maxBytes));
    const bytes = await readFile(path);
    return await parseChecked(path, path, bytes, maxBytes);
  } catch (error) {
    return failure(fileSystemReason(error));
  }
}

/** Parses bytes already in memory (browser upload); `name` picks the format by extension. Never throws. */
export async function parseBytes(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ParseOutcome> {
  return parseChecked(name, name, bytes, options.maxBytes ?? MAX_FILE_BYTES);
}
