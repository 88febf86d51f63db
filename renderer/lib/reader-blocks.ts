// The blocks the reader renders, from a document's stored structure: each heading, paragraph, list
// item, quote, table row or preformatted run becomes one element holding exactly its stretch of the
// body, so body offsets still map to the DOM (selection-offsets.ts). The blank lines between blocks
// are not rendered; CSS spaces the blocks. A block that starts a page carries its page number, which
// the reader shows as a page marker. A document without structure falls back to plain runs of text.
// Pure.
import type { Block, BlockKind, PageStart } from '../../api/types.js';
import { cutAtLines, splitIntoBlocks, type TextBlock } from './text-blocks.js';

export interface ReaderBlock extends TextBlock {
  /** 'text' for a run of plain text from a document without known structure. */
  kind: BlockKind | 'text';
  /** For a heading, the level to render it at (2–6: the document's title is the page's h1). */
  level?: number;
  /** List nesting depth from 1. */
  depth?: number;
  /** A list item whose text begins with its own bullet or number (Word, RTF), so none is drawn. */
  marked?: boolean;
  /** The page this block starts, when it is the first block of a page. */
  page?: number;
  /** True on the second and later parts of a block too long to render as one. */
  continued?: boolean;
}

/** A list item's own marker at the start of its text: a bullet, or a number or letter with a point. */
const LIST_MARKER = /^\s*(?:[•◦▪▫‣⁃○●■□–—*-]|\(?(?:\d{1,3}|[a-z]|[ivxlc]{1,6})[.)])\s/i;

/** Longest stretch rendered as one element; longer blocks are cut at line breaks. */
const LONGEST = 12_000;

/**
 * Heading levels as rendered: the document's top level becomes h2, and no heading goes more than one
 * level deeper than the one before it, so the outline has no gaps.
 */
function headingLevels(blocks: readonly Block[]): Map<Block, number> {
  const levels = new Map<Block, number>();
  const headings = blocks.filter((block) => block.kind === 'heading');
  const top = Math.min(...headings.map((block) => block.level ?? 1));
  let previous = 1;
  for (const heading of headings) {
    const wanted = Math.min(6, (heading.level ?? 1) - top + 2);
    const level = Math.max(2, Math.min(wanted, previous + 1));
    levels.set(heading, level);
    previous = level;
  }
  return levels;
}

function withPages(blocks: ReaderBlock[], pages: readonly PageStart[]): ReaderBlock[] {
  let next = 0;
  for (const page of pages) {
    while (next < blocks.length && (blocks[next] as ReaderBlock).end <= page.start) next += 1;
    const block = blocks[next];
    if (!block) break;
    if (block.page === undefined) block.page = page.page;
  }
  return blocks;
}

export function readerBlocks(body: string, structure: readonly Block[], pages: readonly PageStart[]): ReaderBlock[] {
  if (structure.length === 0) return splitIntoBlocks(body).map((block) => ({ ...block, kind: 'text' }));
  const levels = headingLevels(structure);
  const out: ReaderBlock[] = [];
  let covered = 0;
  for (const block of structure) {
    const start = Math.max(block.start, covered);
    const end = Math.min(block.end, body.length);
    if (end <= start) continue;
    const shape: Omit<ReaderBlock, 'start' | 'end'> =
      block.kind === 'heading'
        ? { kind: 'heading', level: levels.get(block) ?? 2 }
        : block.kind === 'list-item'
          ? { kind: 'list-item', depth: block.level ?? 1, ...(LIST_MARKER.test(body.slice(start, start + 12)) ? { marked: true } : {}) }
          : { kind: block.kind };
    const parts: TextBlock[] = [];
    cutAtLines(body, start, end, LONGEST, parts);
    parts.forEach((part, index) => out.push({ ...shape, ...part, ...(index > 0 ? { continued: true } : {}) }));
    covered = end;
  }
  return withPages(out, pages);
}
