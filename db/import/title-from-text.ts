// Finds the real headline of plain text copied from the web: the first meaningful line of the
// header block, stepping over bylines, dates, datelines, page chrome and short section labels.
import { readDateline, type Dateline } from './dateline.js';
import { bylineAuthor, hasNoWords, headerDate, isBoilerplate, isDateLine } from './header-lines.js';

export const MAX_TITLE_CHARS = 200;
// A line longer than this, or with more words, is body text: the header block has ended.
const PARAGRAPH_CHARS = 250;
const PARAGRAPH_WORDS = 40;
const HEADER_LINES = 40;
const MAX_HEADER_LINE_CHARS = 20_000;
// A dateline ("Meridian Press — 12 March 2026") counts only among the first few lines.
const DATELINE_LINES = 5;
const ABBREVIATION = /(?:^|\s)(?:\p{L}\.)+\p{L}?$|(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|Prof|Jr|Sr|No|vs|etc|approx|т\.?\s?е|г)$/u;

export interface TextHeader {
  /** The headline, or null when the text has none that can be told apart from its body. */
  title: string | null;
  /** From a "By Jane Doe" line above the headline. */
  author: string | null;
  /** From a line above the headline that names exactly one day. */
  date: string | null;
  /** From a dateline above or below the headline; never the headline itself. */
  dateline: Dateline | null;
}

/** Collapses whitespace and cuts at a word boundary, marking the cut with an ellipsis. */
export function capTitle(text: string, max = MAX_TITLE_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** The first sentence of a paragraph (not fooled by "U.S." or "Mr."), capped. */
export function firstSentence(paragraph: string): string {
  const flat = paragraph.replace(/\s+/g, ' ').trim();
  const ends = /[.!?…](?=["'”’»)]*\s+["'“‘«(]*[\p{Lu}\d])/gu;
  for (const match of flat.matchAll(ends)) {
    const before = flat.slice(0, match.index);
    if (match[0] === '.' && ABBREVIATION.test(before)) continue;
    return capTitle(flat.slice(0, match.index + 1));
  }
  return capTitle(flat);
}

// Headlines do not end in a full stop; a six-word line that does is the body's first sentence.
function isParagraph(line: string): boolean {
  if (line.length > PARAGRAPH_CHARS || line.split(/\s+/).length > PARAGRAPH_WORDS) return true;
  return /[^.]\.["'”’»)]*$/.test(line) && wordCount(line) >= 6;
}

function wordCount(line: string): number {
  return line.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length;
}

// Hard-wrapped text (old .txt files, e-mail) breaks a sentence across lines: the next line goes
// on in lower case. Then the "line" is a fragment and the first sentence is the better title.
function wrappedBlock(lines: string[], index: number): string | null {
  const next = lines[index + 1]?.trim() ?? '';
  if (!/^\p{Ll}/u.test(next)) return null;
  const block: string[] = [];
  for (let i = index; i < lines.length; i += 1) {
    const line = lines[i]?.trim() ?? '';
    if (!line) break;
    block.push(line);
  }
  return block.join(' ');
}

/** The datelines among the first non-empty lines, by line index. */
function findDatelines(lines: string[]): Map<number, Dateline> {
  const found = new Map<number, Dateline>();
  let seen = 0;
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    seen += 1;
    if (seen > DATELINE_LINES) break;
    if (isParagraph(line)) continue;
    const dateline = readDateline(line);
    if (dateline) found.set(index, dateline);
  }
  return found;
}

/** The headline and what the lines above it say, stepping over the lines in `skip`. */
function readHeadline(lines: string[], skip: ReadonlyMap<number, Dateline>): { header: TextHeader; titleLines: Set<number> } {
  const header: TextHeader = { title: null, author: null, date: null, dateline: null };
  const candidates: { line: string; index: number }[] = [];
  let firstParagraph: string | null = null;
  let seen = 0;
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    seen += 1;
    if (seen > HEADER_LINES) break;
    if (skip.has(index)) continue;
    const byline = bylineAuthor(line);
    if (byline !== null) {
      header.author ??= byline || null;
      continue;
    }
    if (isDateLine(line)) {
      header.date ??= headerDate(line);
      continue;
    }
    if (isBoilerplate(line) || hasNoWords(line)) continue;
    if (isParagraph(line)) {
      firstParagraph = wrappedBlock(lines, index) ?? line;
      break;
    }
    candidates.push({ line, index });
    // Section labels ("Security issues", "World") are one or two words; headlines are longer.
    if (wordCount(line) >= 3) break;
  }
  const titleLines = new Set<number>();
  const chosen = candidates.find((c) => wordCount(c.line) >= 3) ?? candidates[0];
  const wrapped = chosen ? wrappedBlock(lines, chosen.index) : null;
  if (chosen) {
    // A wrapped headline runs on to the next blank line.
    titleLines.add(chosen.index);
    for (let i = chosen.index + 1; wrapped && lines[i]?.trim(); i += 1) titleLines.add(i);
  }
  if (wrapped) header.title = firstSentence(wrapped);
  else if (chosen) header.title = capTitle(chosen.line.replace(/^[-*•#>\s]+/, ''));
  else if (firstParagraph) header.title = firstSentence(firstParagraph);
  return { header, titleLines };
}

/** Reads the header block of a text (already normalised, LF line ends). */
export function titleFromText(text: string): TextHeader {
  // A line is read no further than this: past PARAGRAPH_CHARS it is body text, and a title taken
  // from it is capped at MAX_TITLE_CHARS. A 50 MB one-line file was otherwise copied whole, several times.
  const lines = text.split('\n', HEADER_LINES * 4).map((line) => (line.length > MAX_HEADER_LINE_CHARS ? line.slice(0, MAX_HEADER_LINE_CHARS) : line));
  const datelines = findDatelines(lines);
  let read = readHeadline(lines, datelines);
  // "Fire kills one — 12 March 2026" over the lead paragraph is a headline, not a dateline.
  if (datelines.size > 0 && read.titleLines.size === 0) read = readHeadline(lines, new Map());
  const { header, titleLines } = read;
  for (const [index, dateline] of datelines) {
    if (titleLines.has(index)) continue;
    header.dateline = dateline;
    break;
  }
  return header;
}
