// The reader's block split: blocks cover the body exactly (so DOM offsets are body offsets),
// break only after paragraphs or lines, and are found again by offset.
import { describe, expect, it } from 'vitest';
import { blockIndexAt, splitIntoBlocks } from '../../renderer/lib/text-blocks.js';

function joined(body: string, target?: number): string {
  return splitIntoBlocks(body, target)
    .map((b) => body.slice(b.start, b.end))
    .join('');
}

describe('splitIntoBlocks', () => {
  it('covers the body exactly, contiguously, in order', () => {
    const body = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} 🔥 with “quotes”.\nA second line.`).join('\n\n');
    const blocks = splitIntoBlocks(body, 500);
    expect(blocks.length).toBeGreaterThan(10);
    expect(joined(body, 500)).toBe(body);
    blocks.forEach((block, i) => {
      expect(block.end).toBeGreaterThan(block.start);
      if (i > 0) expect(block.start).toBe(blocks[i - 1]?.end);
    });
    expect(blocks.at(-1)?.end).toBe(body.length);
  });

  it('ends blocks after a paragraph break when there is one', () => {
    const body = `${'a'.repeat(40)}\n\n${'b'.repeat(40)}\n\n${'c'.repeat(40)}`;
    for (const block of splitIntoBlocks(body, 30).slice(0, -1)) expect(body.slice(block.end - 2, block.end)).toBe('\n\n');
  });

  it('cuts an over-long paragraph at line ends, and keeps a single huge line whole', () => {
    const lines = Array.from({ length: 100 }, () => 'x'.repeat(99)).join('\n');
    expect(splitIntoBlocks(lines, 100).length).toBeGreaterThan(5);
    expect(joined(lines, 100)).toBe(lines);
    const oneLine = 'y'.repeat(10_000);
    expect(splitIntoBlocks(oneLine, 100)).toEqual([{ start: 0, end: 10_000 }]);
  });

  it('returns no blocks for an empty body', () => {
    expect(splitIntoBlocks('')).toEqual([]);
  });
});

describe('blockIndexAt', () => {
  it('finds the block holding an offset', () => {
    const blocks = [
      { start: 0, end: 10 },
      { start: 10, end: 25 },
      { start: 25, end: 30 },
    ];
    expect(blockIndexAt(blocks, 0)).toBe(0);
    expect(blockIndexAt(blocks, 9)).toBe(0);
    expect(blockIndexAt(blocks, 10)).toBe(1);
    expect(blockIndexAt(blocks, 29)).toBe(2);
    expect(blockIndexAt(blocks, 30)).toBe(2);
  });
});
