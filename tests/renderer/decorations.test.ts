// Reader decorations: overlapping hits, highlights and a pending selection become flat segments
// per block; signatures change only for the blocks a change touches.
import { describe, expect, it } from 'vitest';
import { decorateBlocks, type HighlightRange } from '../../renderer/lib/decorations.js';

const blocks = [
  { start: 0, end: 100 },
  { start: 100, end: 200 },
];

function highlight(id: string, start: number, end: number): HighlightRange {
  return { id, start, end, color: '#e69f00', label: id };
}

describe('decorateBlocks', () => {
  it('leaves an undecorated block as one plain segment with an empty signature', () => {
    const [first] = decorateBlocks(blocks, { hits: [], highlights: [], pending: null }, 0);
    expect(first?.segments).toEqual([{ start: 0, end: 100, highlights: [], hit: -1, hitStart: false, pending: false }]);
    expect(first?.signature).toBe('');
  });

  it('splits overlapping ranges into segments, outermost highlight first', () => {
    const input = { hits: [[20, 30] as [number, number]], highlights: [highlight('b', 25, 40), highlight('a', 10, 50)], pending: null };
    const segments = decorateBlocks(blocks, input, 0)[0]?.segments ?? [];
    expect(segments.map((s) => [s.start, s.end])).toEqual([
      [0, 10],
      [10, 20],
      [20, 25],
      [25, 30],
      [30, 40],
      [40, 50],
      [50, 100],
    ]);
    const at25 = segments.find((s) => s.start === 25);
    expect(at25?.highlights.map((h) => h.id)).toEqual(['a', 'b']);
    expect(at25?.hit).toBe(0);
    expect(segments.find((s) => s.start === 10)?.highlights[0]?.first).toBe(true);
    expect(segments.find((s) => s.start === 20)?.hitStart).toBe(true);
    expect(segments.find((s) => s.start === 25)?.hitStart).toBe(false);
  });

  it('carries a highlight across a block boundary, first only where it starts', () => {
    const result = decorateBlocks(blocks, { hits: [], highlights: [highlight('x', 90, 120)], pending: { start: 95, end: 105 } }, 0);
    const firstBlock = result[0]?.segments.find((s) => s.start === 90);
    const secondBlock = result[1]?.segments.find((s) => s.start === 100);
    expect(firstBlock?.highlights[0]?.first).toBe(true);
    expect(secondBlock?.highlights[0]?.first).toBe(false);
    expect(secondBlock?.pending).toBe(true);
    expect(result[1]?.segments.find((s) => s.start === 105)?.pending).toBe(false);
  });

  it('moving the current hit changes only the signatures of the blocks it leaves and enters', () => {
    const hits: [number, number][] = [
      [10, 12],
      [150, 155],
    ];
    const before = decorateBlocks(blocks, { hits, highlights: [], pending: null }, 0);
    const after = decorateBlocks(blocks, { hits, highlights: [], pending: null }, 1);
    expect(after[0]?.signature).not.toBe(before[0]?.signature);
    expect(after[1]?.signature).not.toBe(before[1]?.signature);
    const third = decorateBlocks([...blocks, { start: 200, end: 300 }], { hits, highlights: [], pending: null }, 0);
    expect(third[2]?.signature).toBe('');
  });

  it('ignores empty ranges', () => {
    const result = decorateBlocks(blocks, { hits: [[5, 5]], highlights: [highlight('e', 7, 7)], pending: null }, 0);
    expect(result[0]?.signature).toBe('');
  });
});
