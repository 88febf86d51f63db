// Keeps the analyst's live selection in the reader across a repaint of the body. A repaint that
// adds or removes a mark splits or joins text nodes, and the browser then shrinks or drops a
// selection running through them; so the selection is read as body offsets just before React
// changes the DOM, and put back just after if it moved. A class, because getSnapshotBeforeUpdate
// is the one React API that runs after render and before the DOM changes.
import { Component, type ReactNode, type RefObject } from 'react';
import { offsetToPoint, pointToOffset } from './selection-offsets.js';

interface KeepSelectionProps {
  rootRef: RefObject<HTMLDivElement | null>;
  bodyLength: number;
  children: ReactNode;
}

interface Kept {
  anchor: number;
  focus: number;
}

/** The live selection as body offsets, when it lies wholly inside the body. */
function readSelection(root: HTMLElement | null, bodyLength: number): Kept | null {
  const selection = window.getSelection();
  if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const { anchorNode, anchorOffset, focusNode, focusOffset } = selection;
  if (!anchorNode || !focusNode || !root.contains(anchorNode) || !root.contains(focusNode)) return null;
  return { anchor: pointToOffset(root, anchorNode, anchorOffset, bodyLength), focus: pointToOffset(root, focusNode, focusOffset, bodyLength) };
}

export class KeepSelection extends Component<KeepSelectionProps> {
  override getSnapshotBeforeUpdate(): Kept | null {
    return readSelection(this.props.rootRef.current, this.props.bodyLength);
  }

  override componentDidUpdate(_props: KeepSelectionProps, _state: unknown, kept: Kept | null): void {
    const root = this.props.rootRef.current;
    if (!kept || !root) return;
    const now = readSelection(root, this.props.bodyLength);
    if (now && now.anchor === kept.anchor && now.focus === kept.focus) return;
    const anchor = offsetToPoint(root, kept.anchor);
    const focus = offsetToPoint(root, kept.focus);
    // Anchor and focus as they were, so a selection made backwards still extends the same way.
    if (anchor && focus) window.getSelection()?.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset);
  }

  override render(): ReactNode {
    return this.props.children;
  }
}
