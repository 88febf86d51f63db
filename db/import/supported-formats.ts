// The file types Assay imports, by extension, and the wording failure reasons use to name them.
import { IMPORT_EXTENSIONS, type ImportExtension } from '../../api/import-formats.js';

export type ImportFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'eml' | 'mbox' | 'msg' | 'docx' | 'odt' | 'epub' | 'rtf' | 'pdf';

const FORMAT_BY_EXTENSION: Readonly<Record<ImportExtension, ImportFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.eml': 'eml',
  '.mbox': 'mbox',
  '.msg': 'msg',
  '.docx': 'docx',
  '.odt': 'odt',
  '.epub': 'epub',
  '.rtf': 'rtf',
  '.pdf': 'pdf',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = IMPORT_EXTENSIONS;

export const WHAT_ASSAY_IMPORTS = 'Assay imports text, HTML, JSON, JSONL, e-mail, Word, OpenDocument, EPUB, RTF and PDF';

/** The extension of a file name, lower-cased with its dot ('' when there is none). */
export function extensionOf(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function baseName(name: string): string {
  const cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
  return cut >= 0 ? name.slice(cut + 1) : name;
}

/** The file name without folder or extension: the title of last resort. */
export function stemOf(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return stem.trim() || base || 'Untitled';
}

export function formatFor(name: string): ImportFormat | undefined {
  const extension = extensionOf(name);
  return Object.hasOwn(FORMAT_BY_EXTENSION, extension) ? FORMAT_BY_EXTENSION[extension as ImportExtension] : undefined;
}

export function unsupportedTypeReason(name: string): string {
  const ext = extensionOf(name);
  const what = ext ? `(${ext})` : '(no file extension)';
  return `unsupported type ${what} — Assay reads ${SUPPORTED_EXTENSIONS.join(', ')}`;
}
