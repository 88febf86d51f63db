// Turns search hits, highlights and a pending selection (all [start, end) body offsets, possibly
// overlapping) into flat per-block segments the reader paints as nested <mark>s. Pure.
import type { TextBlock } from './text-blocks.js';

export interface HighlightRange {
  id: string;
  start: number;
  end: number;
  /** CSS colour of the highlight's first tag, or null for the default highlight colour. */
  color: string | null;
  /** Tooltip of the highlight (e.g. its tags). */
  label: string;
}

export interface SegmentHighlight {
  id: string;
  color: string | null;
  label: string;
  /** True on the segment where the highlight begins: that mark is its focus target. */
  first: boolean;
}

export interface Segment {
  start: number;
  end: number;
  /** Covering highlights, outermost (earliest, longest) first. */
  highlights: SegmentHighlight[];
  /** Index of the search hit covering this segment, or -1. */
  hit: number;
  /** True on the segment where that hit begins (the scroll target for n / N). */
  hitStart: boolean;
  pending: boolean;
}

export interface DecorationInput {
  hits: readonly (readonly [number, number])[];
  highlights: readonly HighlightRange[];
  pending: { start: number; end: number } | null;
}

export interface BlockDecoration {
  segments: Segment[];
  /** Changes exactly when the segments would render differently: the memo key of a block. */
  signature: string;
}

function byBlock<T>(blocks: readonly TextBlock[], items: readonly T[], range: (item: T) => [number, number]): T[][] {
  const out: T[][] = blocks.map(() => []);
  for (const item of items) {
    const [start, end] = range(item);
    for (let index = findBlock(blocks, start); index < blocks.length; index += 1) {
      const block = blocks[index];
      if (!block || block.start >= Math.max(end, start + 1)) break;
      out[index]?.push(item);
    }
  }
  return out;
}

function findBlock(blocks: readonly TextBlock[], offset: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((blocks[mid]?.start ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

function outerFirst(a: HighlightRange, b: HighlightRange): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : 1);
}

function segmentsOf(
  block: TextBlock,
  hits: readonly { index: number; start: number; end: number }[],
  highlights: readonly HighlightRange[],
  pending: { start: number; end: number } | null,
): Segment[] {
  const cuts = new Set<number>([block.start, block.end]);
  const clip = (offset: number): void => {
    if (offset > block.start && offset < block.end) cuts.add(offset);
  };
  for (const range of [...hits, ...highlights, ...(pending ? [pending] : [])]) {
    clip(range.start);
    clip(range.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    const covering = (range: { start: number; end: number }): boolean => range.start <= start && range.end >= end;
    const hit = hits.find(covering);
    segments.push({
      start,
      end,
      highlights: highlights.filter(covering).map((h) => ({ id: h.id, color: h.color, label: h.label, first: h.start === start })),
      hit: hit ? hit.index : -1,
      hitStart: hit ? hit.start === start : false,
      pending: pending ? covering(pending) : false,
    });
  }
  return segments;
}

function signatureOf(segments: readonly Segment[], currentHit: number): string {
  return segments
    .map((s) => {
      const marks = s.highlights.map((h) => `${h.id}${h.color ?? ''}${h.first ? `*${h.label}` : ''}`).join(',');
      const hit = s.hit === -1 ? '' : `h${s.hit === currentHit ? 'c' : ''}${s.hitStart ? s.hit : ''}`;
      return `${s.start}-${s.end}${marks}${hit}${s.pending ? 'p' : ''}`;
    })
    .join('|');
}

/** One decoration per block, in block order. `currentHit` only changes the signature of the
 * blocks it enters or leaves, so only those re-render when n / N moves. */
export function decorateBlocks(blocks: readonly TextBlock[], input: DecorationInput, currentHit: number): BlockDecoration[] {
  const hits = input.hits.map(([start, end], index) => ({ index, start, end })).filter((hit) => hit.end > hit.start);
  const highlights = [...input.highlights].filter((h) => h.end > h.start).sort(outerFirst);
  const hitsByBlock = byBlock(blocks, hits, (hit) => [hit.start, hit.end]);
  const highlightsByBlock = byBlock(blocks, highlights, (h) => [h.start, h.end]);
  return blocks.map((block, index) => {
    const blockHits = hitsByBlock[index] ?? [];
    const blockHighlights = highlightsByBlock[index] ?? [];
    const pending = input.pending && input.pending.start < block.end && input.pending.end > block.start ? input.pending : null;
    if (blockHits.length === 0 && blockHighlights.length === 0 && !pending) {
      return { segments: [{ start: block.start, end: block.end, highlights: [], hit: -1, hitStart: false, pending: false }], signature: '' };
    }
    const segments = segmentsOf(block, blockHits, blockHighlights, pending);
    return { segments, signature: signatureOf(segments, currentHit) };
  });
}
