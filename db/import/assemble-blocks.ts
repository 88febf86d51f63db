// Assembles a body from the blocks a parser found, so that structure and text agree exactly:
// each block is normalised on its own and joined with one or two line breaks, and its offsets are
// taken from the body as built (never guessed afterwards). A body without known structure gets
// paragraphs split at blank lines.
import { normaliseText } from './normalise-text.js';
import type { Block, PageStart, TextBlock } from './parsed-document.js';

export interface AssembledBody {
  body: string;
  blocks: Block[];
  pages: PageStart[];
}

export function assembleBlocks(parts: readonly TextBlock[]): AssembledBody {
  let body = '';
  const blocks: Block[] = [];
  const pages: PageStart[] = [];
  for (const part of parts) {
    const text = normaliseText(part.text);
    if (text === '') continue;
    if (body !== '') body += part.gap === 1 ? '\n' : '\n\n';
    const start = body.length;
    body += text;
    if (part.page !== undefined && (pages.length === 0 || (pages[pages.length - 1] as PageStart).page < part.page)) {
      pages.push({ page: part.page, start });
    }
    blocks.push({ kind: part.kind, start, end: body.length, ...(part.level === undefined ? {} : { level: part.level }) });
  }
  return { body, blocks, pages };
}

/** Paragraph blocks of a plain body: the runs of text between blank lines. */
export function paragraphsOf(body: string): Block[] {
  const blocks: Block[] = [];
  const paragraph = /[^\n]+(?:\n[^\n]+)*/g;
  for (let match = paragraph.exec(body); match !== null; match = paragraph.exec(body)) {
    if (match[0].trim() === '') continue;
    blocks.push({ kind: 'paragraph', start: match.index, end: match.index + match[0].length });
  }
  return blocks;
}
