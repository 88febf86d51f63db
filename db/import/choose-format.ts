// Decides which parser reads a file: its extension, unless the content plainly says otherwise
// (a PDF saved as .txt, an e-mail saved as .msg), or the sniffed content when the name gives
// no format Assay reads (no extension, an unknown one).
import { sniffFormat, type Sniffed } from './sniff-format.js';
import { extensionOf, formatFor, type ImportFormat } from './supported-formats.js';

export type FormatChoice = { format: ImportFormat } | { refusal: string } | null;

// Content with a text shape outranks only these extensions, whose files are often richer than
// their name (a page or an e-mail saved as .txt, a message exported as .msg that is RFC 822).
// A .pdf or .docx holding a web page is more likely a failed download: its own parser says so.
const TEXT_SHAPES_WIN: Readonly<Record<string, readonly string[]>> = {
  '.txt': ['.eml', '.mbox', '.html'],
  '.mbox': ['.eml'],
  '.msg': ['.eml', '.mbox'],
};

// These formats' parsers open their package themselves and name its damage in their own words
// (a password-protected .docx): the sniffed refusal is for every other name.
const PACKAGE_EXTENSIONS = new Set(['.docx', '.odt', '.epub']);

/** The format a sniffed content would be read as, if Assay reads it. */
export function sniffedFormat(sniffed: Sniffed | null): ImportFormat | undefined {
  return sniffed?.extension ? formatFor(`sniffed${sniffed.extension}`) : undefined;
}

/** True when a file whose head sniffs like this may turn out importable once read whole. */
export function worthReading(head: Sniffed | null): boolean {
  return head !== null && (head.refusal !== undefined || head.container === true || sniffedFormat(head) !== undefined);
}

/**
 * The parser for `bytes` called `name`: a format, a refusal the content earns whatever its name,
 * or null when neither name nor content is a format Assay reads.
 */
export function chooseFormat(name: string, bytes: Uint8Array): FormatChoice {
  const byName = formatFor(name);
  const sniffed = sniffFormat(bytes);
  if (sniffed?.refusal && !(byName && PACKAGE_EXTENSIONS.has(extensionOf(name)))) return { refusal: sniffed.refusal };
  const bySniff = sniffedFormat(sniffed);
  if (!byName) return bySniff ? { format: bySniff } : null;
  if (!sniffed || !bySniff || bySniff === byName) return { format: byName };
  // A signature (%PDF-, a ZIP of Word parts, an OLE2 message) is never a text file's first bytes.
  if (sniffed.strength === 'signature') return { format: bySniff };
  const wins = TEXT_SHAPES_WIN[extensionOf(name)] ?? [];
  return { format: sniffed.extension && wins.includes(sniffed.extension) ? bySniff : byName };
}
