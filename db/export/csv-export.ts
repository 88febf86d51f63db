// Renders highlights as CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, UTF-8 with a
// byte-order mark (without it Excel reads the file as ANSI and garbles Cyrillic).
import type { ExportItem } from './export-item.js';

const BOM = '\uFEFF';
const CRLF = '\r\n';

export const CSV_COLUMNS = [
  'Document title',
  'Source',
  'Date',
  'Quote',
  'Note',
  'Tags',
  'Reliability',
  'Credibility',
  'Probability',
  'Confidence',
  'Start',
  'End',
  'Document ID',
  'URL',
  'Annotation ID',
  'Created',
  'Updated',
  'Pages',
  'Document tags',
  'Document note',
] as const;

/**
 * Spreadsheets run a cell that starts with = + @ (or a tab/CR, which some strip before looking)
 * as a formula, so such text cells get a leading apostrophe, the OWASP-recommended defuse.
 * A leading "-" is left alone: quotes and notes often begin with a dash or a bullet list, and
 * altering them would cost more than the rare "-cmd|…" payload it blocks. The apostrophe is
 * one-way: a re-import sees it as part of the text.
 */
export function defuseFormula(text: string): string {
  return /^[=+@\t\r]/.test(text) ? `'${text}` : text;
}

function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function rowOf({ annotation: a, document: d, pages, documentNote }: ExportItem): string[] {
  const text = (value: string | null): string => defuseFormula(value ?? '');
  return [
    text(d.title),
    text(d.source),
    text(d.date),
    text(a.exact),
    text(a.note),
    text(a.tags.join('; ')),
    a.reliability ?? '',
    a.credibility === null ? '' : String(a.credibility),
    a.probability ?? '',
    a.confidence ?? '',
    String(a.start),
    String(a.end),
    String(d.id),
    text(d.url),
    a.id,
    a.createdAt,
    a.updatedAt,
    pages ?? '',
    text(d.tags.join('; ')),
    text(documentNote),
  ];
}

/** Rows as a CSV file: a BOM, RFC 4180 quoting, CRLF after every record. */
export function csvDocument(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(field).join(',') + CRLF).join('');
}

/** One header row, then one row per highlight. */
export function renderCsv(items: ExportItem[]): string {
  return csvDocument([[...CSV_COLUMNS], ...items.map(rowOf)]);
}
