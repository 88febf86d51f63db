// The UI at scale (issue 7): with 2,000 documents and 3,000 highlights in the workspace, the result
// list and the notes panel keep only the rows in view in the DOM, show their whole count at once,
// and reach their last entry from the keyboard; compact results fit ten on a 1280×720 screen.
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, test } from './support/fixtures.js';
import { importLargeCorpus, lastHighlight } from './support/large-corpus.js';
import { keepScreenshot } from './support/screens.js';

const DOCUMENTS = 2000;
/** Far fewer than any list here: what is in view, plus a few rows either side. */
const MAX_ROWS_IN_DOM = 60;

test('2,000 results and 3,000 notes are virtualised and reachable from the keyboard', async ({ workbench, server, page }, testInfo) => {
  // Importing takes a few seconds; End loads ten pages of results one after another.
  test.setTimeout(240_000);
  const corpus = await importLargeCorpus(server, DOCUMENTS);
  expect(corpus.highlights).toBe(3000);

  // The open page learns of the import by itself: every document, listed at once.
  await expect(workbench.resultCount).toHaveText(/^\s*2,000 results\b/, { timeout: 30_000 });

  await test.step('a query matching half the corpus shows its count and first page at once', async () => {
    await workbench.search('tugboat');
    await expect(workbench.resultCount).toHaveText(/^\s*1,000 results\b/);
    await expect(workbench.resultItems.first()).toBeVisible();
    await expect(workbench.resultItems.first()).toHaveAttribute('aria-posinset', '1');
    await expect(workbench.resultItems.first()).toHaveAttribute('aria-setsize', '1000');
    expect(await workbench.resultItems.count()).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
  });

  await test.step('the keyboard reaches the last result, loading pages on the way', async () => {
    await workbench.searchbox.press('ArrowDown');
    await expect(workbench.resultItems.first().getByRole('button')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(workbench.resultItems.nth(1).getByRole('button')).toBeFocused();
    await page.keyboard.press('End');
    const last = workbench.resultItems.last();
    await expect(last).toHaveAttribute('aria-posinset', '1000', { timeout: 60_000 });
    await expect(last.getByRole('button')).toBeFocused();
    await expect(last.getByRole('button')).toBeInViewport();
    expect(await workbench.resultItems.count()).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
    await page.keyboard.press('ArrowUp');
    await expect(workbench.results.getByRole('listitem').filter({ has: page.locator(':focus') })).toHaveAttribute('aria-posinset', '999');
    await page.keyboard.press('Home');
    await expect(workbench.resultItems.first().getByRole('button')).toBeFocused();
    await expect(workbench.resultItems.first()).toHaveAttribute('aria-posinset', '1');
  });

  await test.step('the notes panel lists 3,000 notes and reaches the last from the keyboard', async () => {
    const notes = workbench.notes;
    await notes.showScope('All documents');
    await expect(notes.count).toHaveText(/^\s*3,000 notes\s*$/);
    await expect(notes.list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '3000');
    expect(await notes.list.getByRole('listitem').count()).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);

    const firstQuote = notes.list
      .getByRole('listitem')
      .first()
      .getByRole('button', { name: /patrol boat/ });
    await firstQuote.focus();
    await page.keyboard.press('End');
    const last = notes.list.getByRole('listitem').last();
    await expect(last).toHaveAttribute('aria-posinset', '3000');
    await expect(last.getByRole('heading', { name: lastHighlight(DOCUMENTS).title })).toBeVisible();
    await expect(last).toContainText(lastHighlight(DOCUMENTS).note);
    await expect(last.getByRole('button', { name: /patrol boat/ })).toBeFocused();
    await expect(last.getByRole('button', { name: /patrol boat/ })).toBeInViewport();
    expect(await notes.list.getByRole('listitem').count()).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
    await page.keyboard.press('ArrowUp');
    await expect(notes.list.getByRole('listitem').filter({ has: page.locator(':focus') })).toHaveAttribute('aria-posinset', '2999');
  });

  await keepScreenshot(page, testInfo, 'at-scale');
  await expectNoSeriousViolations(page, testInfo, 'at-scale');
});

test('compact results show at least ten on a 1280×720 screen, one line each', async ({ workbench, page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await workbench.loadSample();
  await expect(workbench.resultCount).toHaveText(/^\s*13 results\b/);
  await expect(workbench.compactToggle).toHaveAttribute('aria-pressed', 'false');
  await workbench.compactToggle.click();
  await expect(workbench.compactToggle).toHaveAttribute('aria-pressed', 'true');

  // Rows wholly inside the list's scroll area, and each no taller than one line of text.
  const inView = () =>
    workbench.results.evaluate((list) => {
      const area = (list.parentElement ?? list).getBoundingClientRect();
      const rows = [...list.querySelectorAll(':scope > li')].map((row) => row.getBoundingClientRect());
      return {
        visible: rows.filter((row) => row.top >= area.top - 1 && row.bottom <= area.bottom + 1).length,
        tallest: Math.max(...rows.map((row) => row.height)),
      };
    });
  await expect.poll(async () => (await inView()).visible).toBeGreaterThanOrEqual(10);
  expect((await inView()).tallest).toBeLessThan(40);

  await keepScreenshot(page, testInfo, 'compact-results');
  await expectNoSeriousViolations(page, testInfo, 'compact-results');

  // The choice is remembered.
  await page.reload();
  await expect(workbench.compactToggle).toHaveAttribute('aria-pressed', 'true');
});
