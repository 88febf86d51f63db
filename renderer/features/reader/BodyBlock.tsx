// One block of the reader's text, as the element its kind calls for (a heading, a paragraph, a list
// item, a quote, a table row, preformatted text), with its decorations painted as nested <mark>s: highlights in
// their first tag's colour (data-annotation-id), a pending selection, search hits (class "hit").
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
}

function highlightMark(highlight: SegmentHighlight, key: string, children: ReactNode[]): ReactNode {
  const rgb = rgbTriplet(highlight.color);
  return (
    <mark
      key={key}
      className="anno"
      data-annotation-id={highlight.id}
      data-first={highlight.first ? 'true' : undefined}
      tabIndex={highlight.first ? 0 : undefined}
      title={highlight.first ? highlight.label : undefined}
      style={rgb ? ({ '--anno-rgb': rgb } as CSSProperties) : undefined}
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
      out.push(highlightMark(highlight, key, inner));
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

function BodyBlockView({ text, block, segments, currentHit }: BodyBlockProps) {
  const stacks = segments.map(layers);
  const className = `block block--${block.kind}${block.continued ? ' block--continued' : ''}${block.marked ? ' block--marked' : ''}`;
  const style = block.depth ? ({ '--depth': block.depth } as CSSProperties) : undefined;
  const props = { className, 'data-block-start': block.start, 'data-page': block.page, style };
  return createElement(tagOf(block), props, ...paint({ text, start: block.start, currentHit, stacks }, segments, 0, segments.length, 0));
}

export const BodyBlock = memo(BodyBlockView, (a, b) => a.text === b.text && a.block === b.block && a.signature === b.signature);
