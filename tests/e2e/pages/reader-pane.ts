// Page object for the reader: the open document's title, its search hits and highlights, and
// selecting a passage the way a mouse would (a DOM Range in the page's selection).
import { expect, type Locator, type Page } from '@playwright/test';

interface PhraseStep {
  phrase: string;
  /** Select on to the end of this later phrase, across blocks (a page break, a heading). */
  until?: string;
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
function onPhrase(root: Element, { phrase, until, action }: PhraseStep): PhraseState {
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
  const untilAt = until === undefined ? at : text.indexOf(until, at + phrase.length);
  if (untilAt < 0) return { found: false, top: null };
  const end = until === undefined ? at + phrase.length : untilAt + until.length;
  const locate = (offset: number, isEnd: boolean): [Text, number] => {
    for (let i = nodes.length - 1; i >= 0; i -= 1) {
      const start = starts[i] ?? 0;
      if (isEnd ? start < offset : start <= offset) return [nodes[i] as Text, offset - start];
    }
    return [nodes[0] as Text, 0];
  };
  const [startNode, startOffset] = locate(at, false);
  const [endNode, endOffset] = locate(end, true);
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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

  /** The value of a detail in the reader's header ("Source", "Date"…): the definition after its term. */
  detail(label: string): Locator {
    return this.root.locator('dl.meta > .meta__row', { has: this.page.getByRole('term').getByText(label, { exact: true }) }).getByRole('definition');
  }

  /** The first block of page `page` of a paged document (the reader marks where each page starts). */
  pageStart(page: number): Locator {
    return this.text.locator(`[data-page="${page}"]`);
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
    await this.selectStep(phrase, undefined);
    await expect.poll(() => this.page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(phrase);
  }

  /** Selects from the first occurrence of `from` to the end of the next `until`, across blocks
   * (paragraphs, a page break), as a drag from one to the other would. */
  async selectAcross(from: string, until: string): Promise<void> {
    await expect(this.text.getByText(until).first(), `the reader should contain "${until}"`).toBeAttached();
    await this.selectStep(from, until);
    const selected = (): Promise<string> => this.page.evaluate(() => (window.getSelection()?.toString() ?? '').replace(/\s+/g, ' '));
    await expect.poll(selected).toMatch(new RegExp(`^${escapeRegExp(from)}.*${escapeRegExp(until)}$`));
  }

  private async selectStep(phrase: string, until: string | undefined): Promise<void> {
    const passage = this.text.getByText(phrase).first();
    await expect(passage, `the reader should contain "${phrase}"`).toBeVisible();
    // Bring the passage into view, as a person would, and wait until it stays put: the reader hides
    // its "Highlight" button on any scroll (ours, or its own glide to a search hit or to a new
    // highlight), so the selection must come after the last one.
    let last: number | null = null;
    await expect
      .poll(
        async () => {
          const { top } = await this.onPhrase({ phrase, until, action: 'view' });
          const still = top !== null && top === last;
          last = top;
          return still;
        },
        { message: `"${phrase}" should come into view and stay there` },
      )
      .toBe(true);
    // Needs a rendering step, so the events of any scroll before it have been delivered.
    await expect(passage).toBeInViewport();
    const { found } = await this.onPhrase({ phrase, until, action: 'select' });
    expect(found, `the reader should contain "${phrase}"${until === undefined ? '' : ` and then "${until}"`}`).toBe(true);
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
