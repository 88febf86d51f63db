// What document parsers ask of the blocks they found: is there any text, and which heading
// names the document when its metadata gives no title.
import type { TextBlock } from './parsed-document.js';

export function hasText(blocks: readonly TextBlock[]): boolean {
  return blocks.some((block) => block.text.trim() !== '');
}

/** The first level-1 heading, else the first heading of any level: the title of last resort but one. */
export function headingTitle(blocks: readonly TextBlock[]): string | null {
  const headings = blocks.filter((block) => block.kind === 'heading' && block.text.trim() !== '');
  const top = headings.find((block) => block.level === 1) ?? headings[0];
  return top ? top.text.replace(/\s+/g, ' ').trim() : null;
}
