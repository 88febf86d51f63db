// Small text helpers for human-readable output: one-line excerpts, plurals and aligned tables.
import { inQuotes } from '../../api/quote-marks.js';

/** Whitespace collapsed to single spaces, cut to `max` characters with an ellipsis. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** “text”, with typographic quotes so a quote containing "straight" ones still reads clearly; a
 * passage that brings its own quote marks at both ends keeps just those. */
export function quoted(text: string, max = 80): string {
  return inQuotes(excerpt(text, max));
}

/** "1 highlight", "3 highlights". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Left-aligned columns separated by two spaces; the last column is never padded. */
export function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => [...(row[column] ?? '')].length)));
  return all
    .map((row) =>
      row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd((widths[column] ?? 0) + cell.length - [...cell].length)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
