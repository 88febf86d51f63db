// Maps a DOM selection in the reader to [start, end) offsets into the document body (UTF-16
// indices) by counting text inside each block, whose data-block-start is its body offset. The
// rendered text equals the body exactly, so the offsets round-trip.

const BLOCK = '[data-block-start]';

function blockOf(node: Node): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest<HTMLElement>(BLOCK) ?? null;
}

/** Body offset of a DOM boundary point (node, offset) inside `root`. */
export function pointToOffset(root: HTMLElement, node: Node, offset: number, bodyLength: number): number {
  const block = blockOf(node);
  if (block && root.contains(block)) {
    const range = document.createRange();
    range.setStart(block, 0);
    range.setEnd(node, offset);
    return Number(block.dataset.blockStart) + range.toString().length;
  }
  // A boundary between blocks (the container is the root itself): the next block's start.
  const next = node === root ? root.children[offset] : null;
  if (next instanceof HTMLElement && next.dataset.blockStart !== undefined) return Number(next.dataset.blockStart);
  return bodyLength;
}

export interface BodyRange {
  start: number;
  end: number;
}

/** The selection's range in body offsets, trimmed of surrounding white space; null when the
 * selection is empty or outside the body. Ends outside the body are clamped to it. */
export function selectionToBodyRange(root: HTMLElement, selection: Selection | null, body: string): BodyRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  let start = root.contains(range.startContainer) ? pointToOffset(root, range.startContainer, range.startOffset, body.length) : 0;
  let end = root.contains(range.endContainer) ? pointToOffset(root, range.endContainer, range.endOffset, body.length) : body.length;
  while (start < end && /\s/.test(body[start] ?? '')) start += 1;
  while (end > start && /\s/.test(body[end - 1] ?? '')) end -= 1;
  return end > start ? { start, end } : null;
}

/** The rectangle to anchor a popover to: the end of the selection. */
export function selectionAnchor(selection: Selection | null): { top: number; bottom: number; left: number } | null {
  if (!selection || selection.rangeCount === 0) return null;
  const rects = selection.getRangeAt(0).getClientRects();
  const last = rects[rects.length - 1];
  return last ? { top: last.top, bottom: last.bottom, left: last.left } : null;
}

/** The DOM point at body offset `offset` inside `root` (the inverse of pointToOffset); null when
 * that part of the body is not rendered. */
export function offsetToPoint(root: HTMLElement, offset: number): { node: Node; offset: number } | null {
  let block: HTMLElement | null = null;
  for (const candidate of root.querySelectorAll<HTMLElement>(BLOCK)) {
    if (Number(candidate.dataset.blockStart) > offset) break;
    block = candidate;
  }
  if (!block) return null;
  let rest = offset - Number(block.dataset.blockStart);
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let last: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (rest <= length) return { node, offset: rest };
    rest -= length;
    last = node;
  }
  return last ? { node: last, offset: last.nodeValue?.length ?? 0 } : null;
}
