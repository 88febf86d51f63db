// Groups a PDF's lines into the blocks of its body: headings (set clearly larger than the body
// text), list items and paragraphs (split at wider gaps, first-line indents and short last lines).
// A paragraph that runs on over a page break becomes a second block on the new page, so every
// page starts at a block; a word broken across the break is made whole on the earlier page.
import type { BlockKind, TextBlock } from '../parsed-document.js';
import { isBrokenWord, joinLine, vocabularyOf, type Vocabulary } from './pdf-hyphens.js';
import type { PdfLine } from './pdf-lines.js';

/** One page's body lines (running headers and footers already left out), in reading order. */
export interface BodyPage {
  page: number;
  lines: PdfLine[];
}

/** A heading is set at least this much larger than the body text. */
const HEADING_RATIO = 1.15;
const HEADING_MAX_CHARS = 200;
/** A gap this many times the usual line step ends a paragraph. */
const PARAGRAPH_GAP = 1.3;

const BULLET = /^[•◦▪▫●○■□‣⁃∙➢►✓]\s*/u;
const NUMBERED = /^(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|[-–*])\s/u;
const SENTENCE_END = /[.!?…:;]["'”’»)\]]*$/u;
const STARTS_LOWER = /^["'“‘«(]*\p{Ll}/u;
const STARTS_UPPER = /^["'“‘«(]*[\p{Lu}\p{N}]/u;
const BROKEN_END = /([\p{L}\p{M}]+)[-‐]$/u;
const LEADING_WORD = /^[\p{L}\p{M}]+/u;

interface Layout {
  bodySize: number;
  lineStep: number;
  headingLevels: Map<number, number>;
  vocabulary: Vocabulary;
}

interface Open {
  kind: BlockKind;
  level?: number;
  page: number;
  gap: 1 | 2;
  text: string;
  first: PdfLine;
  last: PdfLine;
  lines: number;
}

/** The value with the most weight. */
function mode(totals: ReadonlyMap<number, number>): number | undefined {
  let best: number | undefined;
  let most = -1;
  for (const [value, weight] of totals) {
    if (weight > most) [best, most] = [value, weight];
  }
  return best;
}

/** The size most of the text is set in. */
function bodySizeOf(pages: readonly BodyPage[]): number | undefined {
  const chars = new Map<number, number>();
  for (const page of pages) for (const line of page.lines) chars.set(line.size, (chars.get(line.size) ?? 0) + line.text.length);
  return mode(chars);
}

/** The usual distance between the baselines of two lines of body text in one paragraph. */
function lineStepOf(pages: readonly BodyPage[], bodySize: number): number | undefined {
  const steps = new Map<number, number>();
  for (const page of pages) {
    for (let i = 1; i < page.lines.length; i++) {
      const prev = page.lines[i - 1] as PdfLine;
      const line = page.lines[i] as PdfLine;
      const step = Math.round((line.y - prev.y) * 2) / 2;
      if (prev.size === bodySize && line.size === bodySize && step > bodySize * 0.8 && step < bodySize * 3) steps.set(step, (steps.get(step) ?? 0) + 1);
    }
  }
  return mode(steps);
}

function isHeadingLine(line: PdfLine, bodySize: number): boolean {
  return line.size >= bodySize * HEADING_RATIO && line.text.length <= HEADING_MAX_CHARS && /\p{L}/u.test(line.text);
}

/** The sizes headings are set in, largest first, as heading levels 1–6. */
function headingLevels(pages: readonly BodyPage[], bodySize: number): Map<number, number> {
  const sizes = new Set<number>();
  for (const page of pages) for (const line of page.lines) if (isHeadingLine(line, bodySize)) sizes.add(line.size);
  const levels = new Map<number, number>();
  [...sizes].sort((a, b) => b - a).forEach((size, i) => levels.set(size, Math.min(i + 1, 6)));
  return levels;
}

/** The right edge of the column a line is in: where most full lines starting near it end. */
function columnRights(lines: readonly PdfLine[]): number[] {
  // Lines start at only a few places on a page (the margin, an indent, a second column).
  const byStart = new Map<string, number>();
  return lines.map((line) => {
    const key = `${Math.round(line.x)}:${line.size}`;
    let right = byStart.get(key);
    if (right === undefined) {
      const near = lines.filter((other) => Math.abs(other.x - line.x) <= line.size * 3).map((other) => other.right);
      near.sort((a, b) => a - b);
      right = near[Math.floor((near.length - 1) * 0.9)] ?? line.right;
      byStart.set(key, right);
    }
    return right;
  });
}

/** Whether a line stops short of its column's right edge by more than `share` of the column. */
function isShort(line: PdfLine, columnRight: number, share = 0.2): boolean {
  const width = columnRight - line.x;
  return width > 0 && columnRight - line.right > width * share;
}

function kindOf(line: PdfLine, layout: Layout): { kind: BlockKind; level?: number } {
  if (isHeadingLine(line, layout.bodySize)) return { kind: 'heading', level: layout.headingLevels.get(line.size) ?? 1 };
  if (BULLET.test(line.text)) return { kind: 'list-item', level: 1 };
  return { kind: 'paragraph' };
}

/** Whether `line` starts a new block after `prev` (the last line of `open`) on the same page. */
function breaksBefore(open: Open, prev: PdfLine, line: PdfLine, prevRight: number, layout: Layout): boolean {
  const prevHeading = open.kind === 'heading';
  const heading = isHeadingLine(line, layout.bodySize);
  if (prevHeading !== heading || (heading && line.size !== prev.size)) return true;
  if (BULLET.test(line.text)) return true;
  const em = Math.max(line.size, 1);
  const step = line.y - prev.y;
  // Upwards means the next column: the paragraph goes on there unless it had visibly ended.
  if (step < -em * 0.5) return !continuesAfter(prev, line, prevRight);
  const expected = (layout.lineStep * Math.max(prev.size, line.size)) / layout.bodySize;
  if (step > expected * PARAGRAPH_GAP) return true;
  if (open.kind === 'list-item') return line.x <= open.first.x + em * 0.3 && !NUMBERED.test(line.text);
  const indent = line.x - prev.x;
  if (indent > em * 0.8 && indent < em * 8) return true;
  if (indent < -em * 0.8 && open.lines > 1) return true;
  // A line that stops short ends its paragraph when a sentence ends there, or when it is less
  // than half a line (a label or a title line set in body type) and a capital follows.
  if (!STARTS_UPPER.test(line.text)) return false;
  return isShort(prev, prevRight, 0.5) || (isShort(prev, prevRight) && SENTENCE_END.test(prev.text));
}

/** Whether text goes on from `prev` (end of a column or page) to `line` (top of the next one). */
function continuesAfter(prev: PdfLine, line: PdfLine, prevRight: number): boolean {
  if (BULLET.test(line.text)) return false;
  if (STARTS_LOWER.test(line.text) || BROKEN_END.test(prev.text)) return true;
  return !isShort(prev, prevRight) && !SENTENCE_END.test(prev.text);
}

/** A new block starting with `line`; the items of one list sit one line break apart. */
function open(line: PdfLine, page: number, layout: Layout, previous: Open | null): Open {
  const { kind, level } = kindOf(line, layout);
  const text = kind === 'list-item' ? line.text.replace(BULLET, '') : line.text;
  const gap = kind === 'list-item' && previous?.kind === 'list-item' ? 1 : 2;
  return { kind, ...(level === undefined ? {} : { level }), page, gap, text, first: line, last: line, lines: 1 };
}

function close(block: Open): TextBlock {
  return { kind: block.kind, text: block.text, page: block.page, gap: block.gap, ...(block.level === undefined ? {} : { level: block.level }) };
}

/**
 * Moves the rest of a word broken over a page break ("infor-" | "mation is…") onto the earlier
 * page's block, so the word is whole; returns what is left of the new page's first line.
 */
function mendBrokenWord(block: TextBlock, line: string, vocabulary: Vocabulary): string {
  const fragment = BROKEN_END.exec(block.text)?.[1];
  const rest = LEADING_WORD.exec(line)?.[0];
  if (!fragment || !rest) return line;
  const broken = !/^\p{Lu}/u.test(rest) && isBrokenWord(fragment, rest, vocabulary);
  block.text = (broken ? block.text.slice(0, -1) : block.text) + rest;
  const trail = /^[^\s]*/u.exec(line.slice(rest.length))?.[0] ?? '';
  block.text += trail;
  return line.slice(rest.length + trail.length).trimStart();
}

/**
 * The blocks of a document's body, each with the page it starts on, built a page at a time: it
 * yields after each page so that a caller reading a long document can let other work run.
 */
export function* buildBlocks(pages: readonly BodyPage[]): Generator<number, TextBlock[]> {
  const bodySize = bodySizeOf(pages) ?? 10;
  const layout: Layout = {
    bodySize,
    lineStep: lineStepOf(pages, bodySize) ?? bodySize * 1.2,
    headingLevels: headingLevels(pages, bodySize),
    vocabulary: vocabularyOf(pages.flatMap((page) => page.lines.map((line) => line.text))),
  };
  const blocks: TextBlock[] = [];
  let current: Open | null = null;
  let currentRight = 0;
  for (const page of pages) {
    const rights = columnRights(page.lines);
    for (const [i, line] of page.lines.entries()) {
      const right = rights[i] ?? line.right;
      if (current && current.page === page.page && !breaksBefore(current, current.last, line, currentRight, layout)) {
        current.text = current.kind === 'heading' ? `${current.text} ${line.text}` : joinLine(current.text, line.text, layout.vocabulary);
        current.last = line;
        current.lines += 1;
      } else if (
        current &&
        current.page !== page.page &&
        current.kind !== 'heading' &&
        kindOf(line, layout).kind === 'paragraph' &&
        continuesAfter(current.last, line, currentRight)
      ) {
        // The paragraph runs on from the previous page: a new block here, one line break apart.
        const earlier = close(current);
        blocks.push(earlier);
        const rest = mendBrokenWord(earlier, line.text, layout.vocabulary);
        current = {
          kind: current.kind,
          ...(current.level === undefined ? {} : { level: current.level }),
          page: page.page,
          gap: 1,
          text: rest,
          first: line,
          last: line,
          lines: 1,
        };
      } else {
        if (current) blocks.push(close(current));
        current = open(line, page.page, layout, current);
      }
      currentRight = right;
    }
    yield page.page;
  }
  if (current) blocks.push(close(current));
  return blocks;
}

/** The blocks of a document's body, each with the page it starts on, in one go. */
export function blocksOfPages(pages: readonly BodyPage[]): TextBlock[] {
  const steps = buildBlocks(pages);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}
