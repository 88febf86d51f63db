// Keyboard use without a mouse: "/" to search, j/k through results, Enter to open, "?" for help.
import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures.js';

/** Index of the result that holds the focus or is marked current/selected; -1 if none. */
function currentResult(items: Locator): Promise<number> {
  return items.evaluateAll((nodes) =>
    nodes.findIndex(
      (node) =>
        node.contains(document.activeElement) ||
        node.getAttribute('aria-selected') === 'true' ||
        (node.getAttribute('aria-current') ?? 'false') !== 'false' ||
        node.querySelector('[aria-selected="true"], [aria-current]:not([aria-current="false"])') !== null,
    ),
  );
}

test('the main screen works from the keyboard', async ({ workbench, page }) => {
  await workbench.loadSample();

  // "/" focuses the search box from anywhere outside a text field.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('/');
  await expect(workbench.searchbox).toBeFocused();
  await page.keyboard.type('fire');
  await page.keyboard.press('Enter');
  // Wait for this query's results (eight documents mention a fire), not the list shown before it:
  // j pressed on the old list would focus a button that the new list then moves.
  await workbench.expectResultCount(8);

  // Leave the search box, then walk the results with j and k.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('j');
  await expect.poll(() => currentResult(workbench.resultItems)).toBe(0);
  await page.keyboard.press('j');
  await expect.poll(() => currentResult(workbench.resultItems)).toBe(1);
  await page.keyboard.press('j');
  await expect.poll(() => currentResult(workbench.resultItems)).toBe(2);
  await page.keyboard.press('k');
  await expect.poll(() => currentResult(workbench.resultItems)).toBe(1);

  // Enter opens the current result in the reader.
  const title = (await workbench.resultItems.nth(1).getByRole('button').innerText()).trim();
  await page.keyboard.press('Enter');
  await expect(workbench.reader.title).toHaveText(title);

  // "?" opens the shortcuts, Escape closes them.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('?');
  await expect(workbench.shortcutsDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(workbench.shortcutsDialog).toBeHidden();
});
