// Page object for the reader: the open document's title, its search hits and highlights, and
// selecting a passage the way a mouse would (a DOM Range in the page's selection).
import { expect, type Locator, type Page } from '@playwright/test';

export class ReaderPane {
  readonly root: Locator;
  readonly title: Locator;
  readonly hits: Locator;
  readonly highlights: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Reader', exact: true }).or(page.getByRole('main', { name: 'Reader', exact: true }));
    this.title = this.root.getByRole('heading', { level: 1 });
    this.hits = this.root.locator('mark.hit');
    this.highlights = this.root.locator('[data-annotation-id]');
  }

  /** The highlight mark(s) whose text is part of `quote`. */
  highlight(quote: string): Locator {
    return this.highlights.filter({ hasText: quote.split(/\s+/).slice(0, 3).join(' ') });
  }

  /**
   * Selects the first occurrence of `phrase` in the document's body (not its heading), even across
   * element boundaries such as hit marks, and fires the mouseup a real drag would end with.
   */
  async select(phrase: string): Promise<void> {
    const found = await this.root.first().evaluate(async (root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) =>
          node.parentElement?.closest('h1, dialog, [role="dialog"], button, select, input, textarea') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
      });
      const nodes: Text[] = [];
      let text = '';
      const starts: number[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        starts.push(text.length);
        nodes.push(node as Text);
        text += node.nodeValue ?? '';
      }
      const at = text.indexOf(wanted);
      if (at < 0) return false;
      const locate = (offset: number, isEnd: boolean): [Text, number] => {
        for (let i = nodes.length - 1; i >= 0; i -= 1) {
          const start = starts[i] ?? 0;
          if (isEnd ? start < offset : start <= offset) return [nodes[i] as Text, offset - start];
        }
        return [nodes[0] as Text, 0];
      };
      const [startNode, startOffset] = locate(at, false);
      const [endNode, endOffset] = locate(at + wanted.length, true);
      // Bring the passage into view first, as a person would, and let the scroll settle: the
      // reader hides its "Highlight" button on scroll.
      startNode.parentElement?.scrollIntoView({ block: 'center' });
      for (let frame = 0; frame < 3; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
      const range = document.createRange();
      range.setStart(startNode, startOffset);
      range.setEnd(endNode, endOffset);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      const box = range.getBoundingClientRect();
      const target = endNode.parentElement ?? root;
      target.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: box.right, clientY: box.bottom }));
      return true;
    }, phrase);
    expect(found, `the reader should contain "${phrase}"`).toBe(true);
    await expect.poll(() => this.page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(phrase);
  }

  /**
   * Asks for a highlight of the current selection: by the "Highlight" button that shows beside a
   * mouse selection, or by the `h` key.
   */
  async highlightSelection(via: 'button' | 'key' = 'button'): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: 'New highlight' });
    if (via === 'button') await this.page.getByRole('button', { name: 'Highlight', exact: true }).click();
    else await this.page.keyboard.press('h');
    await expect(dialog).toBeVisible();
  }
}
