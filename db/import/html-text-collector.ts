// Collects the text of an HTML walk: blocks on their own lines, paragraphs apart, whitespace
// collapsed. The same pass records the blocks (heading, list item, table row…) that the text is
// made of, so that the body assembled from the blocks is the text itself.
import type { BlockKind, TextBlock } from './parsed-document.js';

/** What the innermost structural element around the text makes of it. */
export interface Structure {
  kind: BlockKind;
  level?: number;
}

export class TextCollector {
  private readonly parts: string[] = [];
  private readonly found: TextBlock[] = [];
  private current: TextBlock | null = null;
  private pending = 0;
  private separator = '';
  private prefix = '';
  /** A block element opened or closed since the last text: the next text starts a new block. */
  private boundary = false;
  /** Inside a table cell whose paragraphs are to be joined on one line (documents, not web pages). */
  private inlineDepth = 0;

  constructor(private readonly structure: () => Structure) {}

  private get empty(): boolean {
    return this.parts.length === 0;
  }

  /** Block elements inside a cell become spaces while this is above zero. */
  enterInline(): void {
    this.inlineDepth += 1;
  }

  leaveInline(): void {
    this.inlineDepth = Math.max(0, this.inlineDepth - 1);
  }

  block(level: 1 | 2): void {
    if (this.inlineDepth > 0) return this.space();
    if (!this.empty) this.pending = Math.max(this.pending, level);
    this.separator = '';
    this.boundary = true;
  }

  lineBreak(): void {
    if (this.inlineDepth > 0) return this.space();
    if (!this.empty) this.pending = Math.min(2, this.pending + 1);
    this.separator = '';
  }

  cell(): void {
    if (!this.empty && this.pending === 0) this.separator = '\t';
  }

  listItem(marker: string): void {
    this.block(1);
    this.prefix = marker;
  }

  private space(): void {
    if (!this.empty && this.pending === 0 && !this.separator) this.separator = ' ';
  }

  private push(text: string): void {
    this.parts.push(text);
    if (this.current) this.current.text += text;
  }

  // A line break inside a paragraph (<br>) stays in its block; a blank line or a block element starts another.
  private startBlockIfDue(): void {
    const due = this.current === null || (this.pending > 0 && (this.boundary || this.pending === 2));
    if (due) {
      const gap = this.pending === 1 ? 1 : 2;
      if (this.pending > 0) this.parts.push('\n'.repeat(this.pending));
      const { kind, level } = this.structure();
      this.current = { kind, text: '', ...(level === undefined ? {} : { level }), ...(this.found.length > 0 ? { gap } : {}) };
      this.found.push(this.current);
    } else if (this.pending > 0) this.push('\n'.repeat(this.pending));
    else if (this.separator && !this.empty) this.push(this.separator);
    this.pending = 0;
    this.separator = '';
    this.boundary = false;
  }

  text(raw: string, preformatted: boolean): void {
    const text = preformatted ? raw : raw.replace(/[ \t\n\r\f\u00A0]+/g, ' ');
    const content = preformatted ? text : text.trim();
    if (!content) {
      if (text && !this.empty && !this.separator) this.separator = ' ';
      return;
    }
    if (!preformatted && text.startsWith(' ') && !this.separator) this.separator = ' ';
    this.startBlockIfDue();
    if (this.prefix) this.push(this.prefix);
    this.prefix = '';
    this.push(content);
    if (!preformatted && text.endsWith(' ')) this.separator = ' ';
  }

  result(): string {
    return this.parts.join('');
  }

  blocks(): TextBlock[] {
    return this.found;
  }
}
