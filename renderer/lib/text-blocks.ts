// Splits a document body into contiguous blocks for the reader: each block is a run of whole
// paragraphs of roughly `target` characters, so a 1 MB text renders as a few hundred small,
// memoised pieces. Blocks cover the body exactly: joined, they are the body. Pure.

export interface TextBlock {
  start: number;
  end: number;
}

/** Offsets just after each paragraph break (a run of two or more newlines). */
function paragraphEnds(body: string): number[] {
  const ends: number[] = [];
  const breaks = /\n{2,}/g;
  for (let match = breaks.exec(body); match; match = breaks.exec(body)) ends.push(match.index + match[0].length);
  return ends;
}

/** Cuts an over-long stretch at single newlines, keeping each newline with the text before it. */
export function cutAtLines(body: string, start: number, end: number, limit: number, out: TextBlock[]): void {
  let from = start;
  while (end - from > limit) {
    const newline = body.lastIndexOf('\n', from + limit);
    const cut = newline >= from ? newline + 1 : body.indexOf('\n', from + limit) + 1;
    if (cut <= from || cut >= end) break;
    out.push({ start: from, end: cut });
    from = cut;
  }
  out.push({ start: from, end });
}

export function splitIntoBlocks(body: string, target = 3000): TextBlock[] {
  if (body.length === 0) return [];
  const blocks: TextBlock[] = [];
  let start = 0;
  for (const end of [...paragraphEnds(body), body.length]) {
    if (end - start < target && end < body.length) continue;
    if (end <= start) continue;
    cutAtLines(body, start, end, target * 4, blocks);
    start = end;
  }
  if (start < body.length) blocks.push({ start, end: body.length });
  return blocks;
}

/** Index of the block holding `offset` (the last block for the very end). Binary search. */
export function blockIndexAt(blocks: readonly TextBlock[], offset: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const block = blocks[mid];
    if (block && block.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
