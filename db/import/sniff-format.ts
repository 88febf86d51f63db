// Tells a file's format from its first bytes, for files with no extension, an unknown one or a
// wrong one (a PDF saved as .txt, an e-mail saved without extension). Pure: bytes in, a guess out.

export interface Sniffed {
  /** The extension such content normally has ('.pdf'); null when no extension would make it readable. */
  extension: string | null;
  /** What the content is, for reasons: "a PDF document". */
  what: string;
  /**
   * 'signature': a binary or format marker that no text file starts with, so it outranks the
   * extension. 'text': a plain-text shape (headers, markup) that a text file might share.
   */
  strength: 'signature' | 'text';
  /** A container (ZIP, OLE2) judged by the entries seen: a truncated head may not show them all. */
  container?: true;
  /** Why such content can never be imported, whatever its name. */
  refusal?: string;
}

/** How much of a file sniffing needs for text shapes; binary containers may need all of it. */
export const SNIFF_HEAD_BYTES = 64 * 1024;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function latin1(bytes: Uint8Array, start = 0, end = bytes.length): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', start, Math.min(end, bytes.length));
}

function readUint16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (readUint16(bytes, at) | (readUint16(bytes, at + 2) << 16)) >>> 0;
}

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_CENTRAL = [0x50, 0x4b, 0x01, 0x02];

interface ZipEntries {
  names: Set<string>;
  /** The stored (uncompressed) content of a leading `mimetype` entry (ODF, EPUB). */
  mimetype: string | null;
}

// Entry names from every local and central header in the bytes: enough to tell an Office file
// from a plain archive without inflating anything, and works on a truncated head too.
function zipEntries(bytes: Uint8Array): ZipEntries {
  const names = new Set<string>();
  let mimetype: string | null = null;
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const [signature, nameLengthAt, nameAt] of [
    [ZIP_LOCAL, 26, 30],
    [ZIP_CENTRAL, 28, 46],
  ] as const) {
    const marker = Buffer.from(signature);
    for (let at = view.indexOf(marker); at >= 0 && names.size < 10_000; at = view.indexOf(marker, at + 4)) {
      const nameLength = readUint16(bytes, at + nameLengthAt);
      if (nameLength === 0 || nameLength > 1024 || at + nameAt + nameLength > bytes.length) continue;
      const name = latin1(bytes, at + nameAt, at + nameAt + nameLength);
      names.add(name);
      if (name === 'mimetype' && signature === ZIP_LOCAL && readUint16(bytes, at + 8) === 0 && mimetype === null) {
        const size = readUint32(bytes, at + 18);
        const dataAt = at + 30 + nameLength + readUint16(bytes, at + 28);
        if (size > 0 && size < 200) mimetype = latin1(bytes, dataAt, dataAt + size).trim();
      }
    }
  }
  return { names, mimetype };
}

const ODF: Readonly<Record<string, { extension: string; what: string }>> = {
  'application/vnd.oasis.opendocument.text': { extension: '.odt', what: 'an OpenDocument text' },
  'application/vnd.oasis.opendocument.spreadsheet': { extension: '.ods', what: 'an OpenDocument spreadsheet' },
  'application/vnd.oasis.opendocument.presentation': { extension: '.odp', what: 'an OpenDocument presentation' },
  'application/epub+zip': { extension: '.epub', what: 'an EPUB e-book' },
};

function sniffZip(bytes: Uint8Array): Sniffed {
  const { names, mimetype } = zipEntries(bytes);
  const known = mimetype ? ODF[mimetype] : undefined;
  if (known) return { ...known, strength: 'signature', container: true };
  const has = (prefix: string): boolean => [...names].some((n) => n.startsWith(prefix));
  const found = (extension: string, what: string): Sniffed => ({ extension, what, strength: 'signature', container: true });
  if (has('word/')) return found('.docx', 'a Word document');
  if (has('xl/')) return found('.xlsx', 'an Excel workbook');
  if (has('ppt/')) return found('.pptx', 'a PowerPoint presentation');
  return found('.zip', 'a ZIP archive');
}

function utf16(name: string): Buffer {
  return Buffer.from(name, 'utf16le');
}

// An OLE2 compound file is a small file system; its directory names say what it holds. The
// directory may sit anywhere, so this needs the whole file to be sure.
function sniffCompound(bytes: Uint8Array): Sniffed {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const holds = (name: string): boolean => view.includes(utf16(name));
  const found = (extension: string | null, what: string): Sniffed => ({ extension, what, strength: 'signature', container: true });
  if (holds('__substg1.0_')) return found('.msg', 'an Outlook message');
  if (holds('EncryptedPackage')) {
    const what = 'a password-protected Office document';
    return { ...found(null, what), refusal: `${what} — it needs its password: open it, save it without one and import that copy` };
  }
  if (holds('WordDocument')) return found('.doc', 'an old Word document (.doc)');
  if (holds('Workbook') || holds('Book')) return found('.xls', 'an old Excel workbook (.xls)');
  if (holds('PowerPoint Document')) return found('.ppt', 'an old PowerPoint presentation (.ppt)');
  return found(null, 'an OLE2 compound file (an old Office document)');
}

// Headers a saved message starts with; a memo's "To:" alone is not enough (see looksLikeMessage).
const FIRST_HEADERS =
  /^(?:from|received|return-path|subject|message-id|delivered-to|date|to|mime-version|x-[\w-]+|dkim-signature|arc-[\w-]+|authentication-results|reply-to|sender|thread-topic|thread-index|content-type):/i;
const KEY_HEADERS = new Set(['from', 'to', 'subject', 'date', 'message-id', 'received', 'mime-version']);

function looksLikeMessage(lines: readonly string[]): boolean {
  if (!FIRST_HEADERS.test(lines[0] ?? '')) return false;
  const seen = new Set<string>();
  for (const line of lines) {
    if (line === '') break;
    if (/^[ \t]/.test(line)) continue;
    const m = /^([!-9;-~]+):/.exec(line);
    if (!m?.[1]) return false;
    const name = m[1].toLowerCase();
    if (KEY_HEADERS.has(name)) seen.add(name);
  }
  return seen.size >= 2;
}

/** The line that opens each message of an mbox: "From sender asctime-date". */
export const MBOX_SEPARATOR = /^From \S*[ \t]+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b.*\d{1,2}:\d{2}/;

function sniffText(bytes: Uint8Array): Sniffed | null {
  const skip = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  const head = latin1(bytes, skip, skip + SNIFF_HEAD_BYTES);
  const lines = head.split(/\r?\n/, 200);
  if (MBOX_SEPARATOR.test(lines[0] ?? '') && looksLikeMessage(lines.slice(1))) {
    return { extension: '.mbox', what: 'a mailbox', strength: 'text' };
  }
  if (looksLikeMessage(lines)) return { extension: '.eml', what: 'an e-mail message', strength: 'text' };
  const start = head.trimStart().slice(0, 1024).toLowerCase();
  // Browsers' "save as" puts a <!-- saved from url=… --> comment before the markup.
  const markup = start.replace(/^(?:<!--[\s\S]*?-->\s*|<\?xml[^>]*>\s*)+/, '');
  if (/^<(?:!doctype html|html|head|body)\b/.test(markup)) return { extension: '.html', what: 'a web page', strength: 'text' };
  if (/^\{\s*"/.test(start) || /^\[\s*\{/.test(start)) {
    const firstLine = (lines.find((l) => l.trim() !== '') ?? '').trim();
    const second = lines.filter((l) => l.trim() !== '')[1]?.trim() ?? '';
    if (firstLine.startsWith('{') && firstLine.endsWith('}') && second.startsWith('{')) {
      return { extension: '.jsonl', what: 'JSON lines', strength: 'text' };
    }
    return { extension: '.json', what: 'JSON', strength: 'text' };
  }
  return null;
}

/** The format the bytes show, or null when they show none (plain text, unknown binary). */
export function sniffFormat(bytes: Uint8Array): Sniffed | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { extension: '.pdf', what: 'a PDF document', strength: 'signature' };
  if (startsWith(bytes, ZIP_LOCAL)) return sniffZip(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return sniffCompound(bytes);
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return { extension: '.rtf', what: 'an RTF document', strength: 'signature' };
  return sniffText(bytes);
}
