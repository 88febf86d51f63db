// The address keeps the workbench's place: a reload brings back the query, the filters, the open
// document and where it was scrolled to; back and forward step through searches and documents;
// an address naming a document that is gone, or a filter that is no filter, says so and goes on.
import type { Locator } from '@playwright/test';
import { WorkbenchPage } from './pages/workbench-page.js';
import { expect, test } from './support/fixtures.js';
import { COURIER_TITLE } from './support/sample.js';

/** Where the reader's text is scrolled to, and how far it could go. */
function scrollOf(text: Locator): Promise<{ top: number; max: number }> {
  return text.evaluate((element) => ({ top: element.scrollTop, max: element.scrollHeight - element.clientHeight }));
}

test('a reload keeps the search, filters, document and scroll; back and forward step through them', async ({ workbench, page, server }) => {
  // Short enough that the Courier's text scrolls.
  await page.setViewportSize({ width: 1280, height: 560 });
  await workbench.loadSample();
  const language = workbench.searchRegion.getByRole('combobox', { name: 'Language', exact: true });
  const reader = workbench.reader;

  // Before a search the list holds every document, the Courier included: wait for the count to change, not for the Courier.
  await expect(workbench.resultCount).toBeVisible();
  const everyDocument = (await workbench.resultCount.textContent())?.trim() ?? '';
  await workbench.search('fire');
  await expect(workbench.resultCount).not.toHaveText(everyDocument);
  await expect(workbench.resultTitle(COURIER_TITLE)).toBeVisible();
  const fireCount = (await workbench.resultCount.textContent())?.trim();

  // Typing a second search letter by letter makes one history entry, not one per key.
  await workbench.searchbox.fill('');
  await workbench.searchbox.pressSequentially('lorries');
  await expect(workbench.resultTitle(COURIER_TITLE)).toBeVisible();
  await expect.poll(() => new URL(page.url()).hash).toContain('q=lorries');
  await workbench.searchbox.press('Enter');

  await language.selectOption('en');
  await expect.poll(() => new URL(page.url()).hash).toContain('language=en');
  await workbench.openResult(COURIER_TITLE);

  // Scroll the text as a person would, with the wheel, to about half-way.
  await expect.poll(async () => (await scrollOf(reader.text)).max, { message: 'the Courier should be taller than the reader' }).toBeGreaterThan(200);
  await reader.text.hover();
  const { max } = await scrollOf(reader.text);
  await page.mouse.wheel(0, Math.round(max / 2));
  await expect.poll(async () => (await scrollOf(reader.text)).top).toBeGreaterThan(100);
  // Once the scrolling stops, the address has the offset.
  let top = -1;
  await expect
    .poll(async () => {
      const now = (await scrollOf(reader.text)).top;
      const kept = new URL(page.url()).hash.match(/scroll=(\d+)/)?.[1];
      const still = now === top && kept === String(Math.round(now));
      top = now;
      return still;
    })
    .toBe(true);

  await page.reload();
  await expect(workbench.searchbox).toHaveValue('lorries');
  await expect(language).toHaveValue('en');
  await expect(reader.title).toHaveText(COURIER_TITLE);
  await expect(workbench.resultTitle(COURIER_TITLE)).toBeVisible();
  await expect.poll(async () => Math.abs((await scrollOf(reader.text)).top - top), { message: 'the text should be scrolled back' }).toBeLessThanOrEqual(4);

  // Back: the search before the document was opened, then before the filter, then the first search.
  await page.goBack();
  await expect(reader.root.getByRole('heading', { name: 'No document open' })).toBeVisible();
  await expect(workbench.searchbox).toHaveValue('lorries');
  await expect(language).toHaveValue('en');
  await page.goBack();
  await expect(language).toHaveValue('');
  await expect(workbench.searchbox).toHaveValue('lorries');
  await page.goBack();
  await expect(workbench.searchbox).toHaveValue('fire');
  await expect(workbench.resultCount).toHaveText(fireCount ?? '');

  // Forward again, all the way back to the document where it was scrolled to.
  await page.goForward();
  await expect(workbench.searchbox).toHaveValue('lorries');
  await page.goForward();
  await expect(language).toHaveValue('en');
  await page.goForward();
  await expect(reader.title).toHaveText(COURIER_TITLE);
  await expect.poll(async () => Math.abs((await scrollOf(reader.text)).top - top)).toBeLessThanOrEqual(4);

  // A restart opens the bare address (the desktop app always does): the last place comes back.
  const restarted = await page.context().newPage();
  await restarted.goto(server.url);
  const again = new WorkbenchPage(restarted);
  await expect(again.searchbox).toHaveValue('lorries');
  await expect(again.searchRegion.getByRole('combobox', { name: 'Language', exact: true })).toHaveValue('en');
  await expect(again.reader.title).toHaveText(COURIER_TITLE);
  await expect.poll(async () => Math.abs((await scrollOf(again.reader.text)).top - top)).toBeLessThanOrEqual(4);
  await restarted.close();
});

test('an address naming a document that is gone opens the search, with a notice', async ({ workbench, page, server }) => {
  await workbench.loadSample();
  await page.goto('about:blank');
  await page.goto(`${server.url}#q=fire&doc=9999&scroll=300`);

  const notice = page.getByRole('status').filter({ hasText: 'Document #9999 is not in this workspace any more' });
  await expect(notice).toBeVisible();
  await expect(workbench.reader.root.getByRole('heading', { name: 'No document open' })).toBeVisible();
  await expect(workbench.searchbox).toHaveValue('fire');
  await expect(workbench.resultTitle(COURIER_TITLE)).toBeVisible();
  await expect.poll(() => new URL(page.url()).hash).toBe('#q=fire');

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
});

test('an address with a filter that is no filter keeps the rest and says what it left out', async ({ workbench, page, server }) => {
  await workbench.loadSample();
  await page.goto('about:blank');
  await page.goto(`${server.url}#q=fire&language=en&from=2026-13-45`);

  await expect(page.getByRole('status').filter({ hasText: 'Part of this link could not be used and was left out: the “from” date “2026-13-45”.' })).toBeVisible();
  await expect(workbench.searchbox).toHaveValue('fire');
  await expect(workbench.searchRegion.getByRole('combobox', { name: 'Language', exact: true })).toHaveValue('en');
  await expect(workbench.searchRegion.getByLabel('From', { exact: true })).toHaveValue('');
  await expect(workbench.resultTitle(COURIER_TITLE)).toBeVisible();
  await expect.poll(() => new URL(page.url()).hash).toBe('#q=fire&language=en');
});
