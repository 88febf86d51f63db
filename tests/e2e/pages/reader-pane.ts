// Page object for the reader: the open document's title, its search hits and highlights, and
// selecting a passage the way a mouse would (a DOM Range in the page's selection).
import { expect, type Locator, type Page } from '@playwright/test';

interface PhraseStep {
  phrase: string;
  /** 'view': scroll the phrase to the middle unless it is wholly in view; 'select': select it. */
  action: 'view' | 'select';
}

interface PhraseState {
  found: boolean;
  /** The phrase's top edge when it was wholly in view (nothing scrolled), else null. */
  top: number | null;
}

/**
 * Runs in the page, in one synchronous step from reading the text nodes to using them, so no
 * re-render can shorten a node in between: finds the first occurrence of the phrase in the text
 * (not in the heading or a control), even across elements such as hit marks, then acts on it.
 */
function onPhrase(root: Element, { phrase, action }: PhraseStep): PhraseState {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('h1, dialog, [role="dialog"], button, select, input, textarea') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    starts.push(text.length);
    nodes.push(node as Text);
    text += node.nodeValue ?? '';
  }
  const at = text.indexOf(phrase);
  if (at < 0) return { found: false, top: null };
  const locate = (offset: number, isEnd: boolean): [Text, number] => {
    for (let i = nodes.length - 1; i >= 0; i -= 1) {
      const start = starts[i] ?? 0;
      if (isEnd ? start < offset : start <= offset) return [nodes[i] as Text, offset - start];
    }
    return [nodes[0] as Text, 0];
  };
  const [startNode, startOffset] = locate(at, false);
  const [endNode, endOffset] = locate(at + phrase.length, true);
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  const box = range.getBoundingClientRect();
  if (action === 'view') {
    const view = root.getBoundingClientRect();
    const inView = box.top >= view.top && box.bottom <= Math.min(view.bottom, window.innerHeight);
    if (inView) return { found: true, top: box.top };
    startNode.parentElement?.scrollIntoView({ block: 'center' });
    return { found: true, top: null };
  }
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const target = endNode.parentElement ?? root;
  target.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: box.right, clientY: box.bottom }));
  return { found: true, top: box.top };
}

export class ReaderPane {
  readonly root: Locator;
  readonly title: Locator;
  /** The scrolling text of the open document ("Text of <title>"). */
  readonly text: Locator;
  readonly hits: Locator;
  readonly highlights: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('main', { name: 'Reader', exact: true });
    this.title = this.root.getByRole('heading', { level: 1 });
    this.text = this.root.getByRole('region', { name: /^Text of / });
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
    const passage = this.text.getByText(phrase).first();
    await expect(passage, `the reader should contain "${phrase}"`).toBeVisible();
    // Bring the passage into view, as a person would, and wait until it stays put: the reader hides
    // its "Highlight" button on any scroll (ours, or its own glide to a search hit or to a new
    // highlight), so the selection must come after the last one.
    let last: number | null = null;
    await expect
      .poll(
        async () => {
          const { top } = await this.onPhrase({ phrase, action: 'view' });
          const still = top !== null && top === last;
          last = top;
          return still;
        },
        { message: `"${phrase}" should come into view and stay there` },
      )
      .toBe(true);
    // Needs a rendering step, so the events of any scroll before it have been delivered.
    await expect(passage).toBeInViewport();
    const { found } = await this.onPhrase({ phrase, action: 'select' });
    expect(found, `the reader should contain "${phrase}"`).toBe(true);
    await expect.poll(() => this.page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(phrase);
  }

  private onPhrase(step: PhraseStep): Promise<PhraseState> {
    return this.text.evaluate(onPhrase, step);
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
