// The document text as its blocks (each block's DOM text equals its stretch of the body, so
// selections map back to body offsets), rendered progressively so a 1 MB document shows at once and never blocks typing.
// Reports selections (as body offsets) and clicks on highlights: every highlight under the point
// clicked, outermost first, so overlapping ones can all be offered.
import { memo, useEffect, useMemo, useState, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { BlockDecoration } from '../../lib/decorations.js';
import type { ReaderBlock } from '../../lib/reader-blocks.js';
import { blockIndexAt } from '../../lib/text-blocks.js';
import { BodyBlock } from './BodyBlock.js';
import { KeepSelection } from './KeepSelection.js';

const FIRST_BLOCKS = 30;
const BLOCKS_PER_FRAME = 60;

interface DocumentBodyProps {
  body: string;
  language: string;
  blocks: ReaderBlock[];
  decorations: BlockDecoration[];
  currentHit: number;
  /** A body offset that must be rendered now (a hit or highlight about to be scrolled to). */
  reveal: number | null;
  rootRef: RefObject<HTMLDivElement | null>;
  onSelectText: () => void;
  onOpenHighlight: (ids: string[], element: HTMLElement) => void;
  /** Each highlight's tag colours, for those with more than one tag (painted as stacked underlines). */
  tagColors: ReadonlyMap<string, readonly string[]>;
}

function DocumentBodyView({ body, language, blocks, decorations, currentHit, reveal, rootRef, onSelectText, onOpenHighlight, tagColors }: DocumentBodyProps) {
  const [count, setCount] = useState(FIRST_BLOCKS);

  const needed = reveal === null ? 0 : blockIndexAt(blocks, reveal) + 1;
  const shown = Math.min(blocks.length, Math.max(count, needed));
  // Grow a frame at a time until every block is in; never shrink below what was revealed.
  useEffect(() => {
    if (shown >= blocks.length) return;
    const frame = requestAnimationFrame(() => setCount(shown + BLOCKS_PER_FRAME));
    return () => cancelAnimationFrame(frame);
  }, [shown, blocks.length]);
  const texts = useMemo(() => blocks.map((block) => body.slice(block.start, block.end)), [blocks, body]);

  const onMouseUp = (): void => {
    // Let the browser finish updating the selection first.
    window.setTimeout(onSelectText, 0);
  };

  const openFrom = (target: EventTarget): boolean => {
    const mark = target instanceof Element ? target.closest<HTMLElement>('[data-annotation-id]') : null;
    if (!mark?.dataset.annotationId) return false;
    // Overlapping highlights are nested marks: every one around the point, innermost first.
    const ids: string[] = [];
    for (let at: HTMLElement | null = mark; at && at !== rootRef.current; at = at.parentElement) {
      const id = at.dataset.annotationId;
      if (id && !ids.includes(id)) ids.push(id);
    }
    onOpenHighlight(ids.reverse(), mark);
    return true;
  };

  const onClick = (event: MouseEvent<HTMLDivElement>): void => {
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    openFrom(event.target);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if ((event.key === 'Enter' || event.key === ' ') && openFrom(event.target)) event.preventDefault();
  };

  return (
    <div ref={rootRef} className="doc-body" lang={language === 'und' ? undefined : language} onMouseUp={onMouseUp} onClick={onClick} onKeyDown={onKeyDown}>
      <KeepSelection rootRef={rootRef} bodyLength={body.length}>
        {blocks.slice(0, shown).map((block, index) => (
          <BodyBlock
            key={block.start}
            text={texts[index] ?? ''}
            block={block}
            segments={decorations[index]?.segments ?? []}
            signature={decorations[index]?.signature ?? ''}
            currentHit={currentHit}
            tagColors={tagColors}
          />
        ))}
      </KeepSelection>
    </div>
  );
}

export const DocumentBody = memo(DocumentBodyView);
