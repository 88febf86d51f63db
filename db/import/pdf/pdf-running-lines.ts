// Finds running headers, footers and page numbers: lines near the top or bottom of a page whose
// text (with its numbers blanked) recurs on many pages. They are page furniture, not the body.
import type { PageLines } from './pdf-lines.js';

/** How far into the page, as a share of its height, a header or footer may reach. */
const EDGE_SHARE = 0.15;
/** How many lines from the top and from the bottom of a page are considered. */
const EDGE_LINES = 3;

// Roman numerals up to 399, as front matter is numbered ("xii"); never the empty string.
const ROMAN = '(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})';
// A line that is nothing but a page number: "7", "- 7 -", "Page 7", "7 of 12", "Стр. 7", "vii".
const PAGE_NUMBER = new RegExp(
  `^(?:(?:page|p\\.|pg\\.?|seite|стр\\.?|страница|сторінка|с\\.)\\s*)?[-–—([]?\\s*(?:\\d{1,4}|${ROMAN})\\s*[-–—)\\]]?(?:\\s*(?:of|из|з|von|/)\\s*\\d{1,4})?$`,
  'iu',
);

/** The text a running line is recognised by: lower case, numbers blanked, spacing collapsed. */
export function runningKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\d+/g, '#')
    .replace(new RegExp(`(?<!\\p{L})${ROMAN}(?!\\p{L})`, 'gu'), '#')
    .replace(/\s+/g, ' ')
    .trim();
}

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/** Indexes of the lines in a page's top and bottom bands, each tagged with its band. */
function edgeLines(page: PageLines): { index: number; band: 'top' | 'bottom' }[] {
  const height = page.bottom - page.top;
  if (height <= 0 || page.lines.length === 0) return [];
  const byY = page.lines.map((line, index) => ({ index, y: line.y })).sort((a, b) => a.y - b.y);
  const out: { index: number; band: 'top' | 'bottom' }[] = [];
  for (const { index, y } of byY.slice(0, EDGE_LINES)) {
    if (y - page.top <= height * EDGE_SHARE) out.push({ index, band: 'top' });
  }
  for (const { index, y } of byY.slice(-EDGE_LINES)) {
    if (page.bottom - y <= height * EDGE_SHARE && !out.some((e) => e.index === index)) out.push({ index, band: 'bottom' });
  }
  return out;
}

/**
 * For each page, the indexes of its lines that are running headers, footers or page numbers.
 * A line counts when it sits in a top or bottom band and either is a bare page number or its key
 * recurs in the same band on at least two pages and on half of them (or on three pages, which
 * catches headers that change with each chapter of a long document).
 */
export function runningLines(pages: readonly PageLines[]): Set<number>[] {
  const edges = pages.map(edgeLines);
  const pagesWithKey = new Map<string, number>();
  edges.forEach((page, p) => {
    const seen = new Set<string>();
    for (const { index, band } of page) {
      const line = pages[p]?.lines[index];
      if (line) seen.add(`${band}:${runningKey(line.text)}`);
    }
    for (const key of seen) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  });
  const recurring = (count: number): boolean => count >= 2 && (count * 2 >= pages.length || count >= 3);
  return edges.map((page, p) => {
    const drop = new Set<number>();
    for (const { index, band } of page) {
      const line = pages[p]?.lines[index];
      if (!line) continue;
      if (isPageNumber(line.text) || recurring(pagesWithKey.get(`${band}:${runningKey(line.text)}`) ?? 0)) drop.add(index);
    }
    return drop;
  });
}
