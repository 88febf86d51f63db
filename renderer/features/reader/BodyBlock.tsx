// One block of the reader's text with its decorations painted as nested <mark>s: highlights in
// their first tag's colour (data-annotation-id), a pending selection, search hits (class "hit").
// Consecutive segments under the same highlight share one element, so a highlight is one mark
// unless it crosses another. Memoised on its signature: only touched blocks re-render.
import { memo, type CSSProperties, type ReactNode } from 'react';
import type { Segment, SegmentHighlight } from '../../lib/decorations.js';

interface BodyBlockProps {
  text: string;
  start: number;
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

function BodyBlockView({ text, start, segments, currentHit }: BodyBlockProps) {
  const stacks = segments.map(layers);
  return (
    <div className="block" data-block-start={start}>
      {paint({ text, start, currentHit, stacks }, segments, 0, segments.length, 0)}
    </div>
  );
}

export const BodyBlock = memo(BodyBlockView, (a, b) => a.text === b.text && a.start === b.start && a.signature === b.signature);
