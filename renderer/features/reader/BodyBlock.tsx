// One block of the reader's text, as the element its kind calls for (a heading, a paragraph, a list
// item, a quote, a table row, preformatted text), with its decorations painted as nested <mark>s: highlights
// tinted in their first tag's colour with one underline per tag in that tag's colour (data-annotation-id,
// data-tag-colors), a pending selection, search hits (class "hit").
// Consecutive segments under the same highlight share one element, so a highlight is one mark
// unless it crosses another. Memoised on its signature: only touched blocks re-render.
import { createElement, memo, type CSSProperties, type ReactNode } from 'react';
import type { Segment, SegmentHighlight } from '../../lib/decorations.js';
import type { ReaderBlock } from '../../lib/reader-blocks.js';

interface BodyBlockProps {
  text: string;
  block: ReaderBlock;
  segments: Segment[];
  signature: string;
  currentHit: number;
  tagColors: ReadonlyMap<string, readonly string[]>;
}

function rgbTriplet(color: string | null): string | undefined {
  const match = color ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color) : null;
  if (!match) return undefined;
  return `${parseInt(match[1] ?? '0', 16)} ${parseInt(match[2] ?? '0', 16)} ${parseInt(match[3] ?? '0', 16)}`;
}

/** The nesting of a segment, outermost first: highlights, then a pending selection, then a hit. */
function layers(segment: Segment): string[] {
  const out = segment.highlights.map((h) => `a${h.id}`);
  if (segment.pending) out.push('p');
  if (segment.hit >= 0) out.push(`h${segment.hit}`);
  return out;
}

interface Painter {
  text: string;
  start: number;
  currentHit: number;
  stacks: string[][];
  tagColors: ReadonlyMap<string, readonly string[]>;
}

const UNDERLINE_PX = 2;
const UNDERLINE_GAP_PX = 1;

/** One underline per tag colour, stacked upwards from the bottom edge of the mark (the first tag lowest). */
function stripes(colors: readonly string[]): CSSProperties {
  const layers = colors.map((color, index) => {
    const offset = index * (UNDERLINE_PX + UNDERLINE_GAP_PX);
    return `linear-gradient(${color}, ${color}) 0 calc(100% - ${offset}px) / 100% ${UNDERLINE_PX}px no-repeat`;
  });
  return { '--anno-stripes': layers.join(', '), '--anno-stripes-height': `${colors.length * (UNDERLINE_PX + UNDERLINE_GAP_PX)}px` } as CSSProperties;
}

function highlightMark(highlight: SegmentHighlight, key: string, children: ReactNode[], colors: readonly string[] | undefined): ReactNode {
  const rgb = rgbTriplet(highlight.color);
  const multi = colors && colors.length > 1 ? colors : undefined;
  const style = { ...(rgb ? { '--anno-rgb': rgb } : {}), ...(multi ? stripes(multi) : {}) } as CSSProperties;
  return (
    <mark
      key={key}
      className={multi ? 'anno anno--multi' : 'anno'}
      data-annotation-id={highlight.id}
      data-tag-colors={multi ? multi.join(' ') : undefined}
      data-first={highlight.first ? 'true' : undefined}
      tabIndex={highlight.first ? 0 : undefined}
      title={highlight.first ? highlight.label : undefined}
      style={rgb || multi ? style : undefined}
    >
      {children}
    </mark>
  );
}

/** Renders segments [from, to) at nesting `depth`, grouping runs that share that layer. */
function paint(p: Painter, segments: Segment[], from: number, to: number, depth: number): ReactNode[] {
  const out: ReactNode[] = [];
  let i = from;
  while (i < to) {
    const segment = segments[i] as Segment;
    const layer = p.stacks[i]?.[depth];
    if (layer === undefined) {
      out.push(p.text.slice(segment.start - p.start, segment.end - p.start));
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < to && p.stacks[j]?.[depth] === layer) j += 1;
    const key = `${depth}:${segment.start}`;
    const inner = paint(p, segments, i, j, depth + 1);
    if (layer.startsWith('a')) {
      const highlight = segment.highlights[depth] as SegmentHighlight;
      out.push(highlightMark(highlight, key, inner, p.tagColors.get(highlight.id)));
    } else if (layer === 'p') {
      out.push(
        <mark key={key} className="pending">
          {inner}
        </mark>,
      );
    } else {
      out.push(
        <mark key={key} className={segment.hit === p.currentHit ? 'hit hit--current' : 'hit'} data-hit={segment.hitStart ? segment.hit : undefined}>
          {inner}
        </mark>,
      );
    }
    i = j;
  }
  return out;
}

type BlockTag = 'p' | 'div' | 'pre' | 'blockquote' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

function tagOf(block: ReaderBlock): BlockTag {
  switch (block.kind) {
    case 'heading':
      return `h${Math.min(6, Math.max(2, block.level ?? 2))}` as BlockTag;
    case 'paragraph':
      return 'p';
    case 'quote':
      return 'blockquote';
    case 'preformatted':
      return 'pre';
    default:
      return 'div';
  }
}

function BodyBlockView({ text, block, segments, currentHit, tagColors }: BodyBlockProps) {
  const stacks = segments.map(layers);
  const className = `block block--${block.kind}${block.continued ? ' block--continued' : ''}${block.marked ? ' block--marked' : ''}`;
  const style = block.depth ? ({ '--depth': block.depth } as CSSProperties) : undefined;
  const props = { className, 'data-block-start': block.start, 'data-page': block.page, style };
  return createElement(tagOf(block), props, ...paint({ text, start: block.start, currentHit, stacks, tagColors }, segments, 0, segments.length, 0));
}

/** Whether the tag colours of this block's highlights are unchanged (the signature holds only the first). */
function sameColors(a: BodyBlockProps, b: BodyBlockProps): boolean {
  if (a.tagColors === b.tagColors) return true;
  return b.segments.every((segment) => segment.highlights.every((h) => (a.tagColors.get(h.id) ?? []).join(' ') === (b.tagColors.get(h.id) ?? []).join(' ')));
}

export const BodyBlock = memo(BodyBlockView, (a, b) => a.text === b.text && a.block === b.block && a.signature === b.signature && sameColors(a, b));
