// Finds the real headline of plain text copied from the web: the first meaningful line of the
// header block, stepping over bylines, dates, page chrome and one- or two-word section labels.
import { bylineAuthor, hasNoWords, headerDate, isBoilerplate, isDateLine } from './header-lines.js';

export const MAX_TITLE_CHARS = 200;
// A line longer than this, or with more words, is body text: the header block has ended.
const PARAGRAPH_CHARS = 250;
const PARAGRAPH_WORDS = 40;
const HEADER_LINES = 40;
const ABBREVIATION = /(?:^|\s)(?:\p{L}\.)+\p{L}?$|(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|Prof|Jr|Sr|No|vs|etc|approx|т\.?\s?е|г)$/u;

export interface TextHeader {
  /** The headline, or null when the text has none that can be told apart from its body. */
  title: string | null;
  /** From a "By Jane Doe" line above the headline. */
  author: string | null;
  /** From a line above the headline that names exactly one day. */
  date: string | null;
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

/** Reads the header block of a text (already normalised, LF line ends). */
export function titleFromText(text: string): TextHeader {
  const header: TextHeader = { title: null, author: null, date: null };
  const candidates: { line: string; index: number }[] = [];
  let firstParagraph: string | null = null;
  const lines = text.split('\n', HEADER_LINES * 4);
  let seen = 0;
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    seen += 1;
    if (seen > HEADER_LINES) break;
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
  const chosen = candidates.find((c) => wordCount(c.line) >= 3) ?? candidates[0];
  const wrapped = chosen ? wrappedBlock(lines, chosen.index) : null;
  if (wrapped) header.title = firstSentence(wrapped);
  else if (chosen) header.title = capTitle(chosen.line.replace(/^[-*•#>\s]+/, ''));
  else if (firstParagraph) header.title = firstSentence(firstParagraph);
  return header;
}
