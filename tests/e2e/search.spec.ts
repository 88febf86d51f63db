// Search through the UI: Russian stemming, quoted phrases with highlighted snippets, and a bad
// query that shows the core's message without breaking the app.
import { expect, test } from './support/fixtures.js';
import { DRAVPRESS_EMERGENCY_TITLE, MAYAK_TITLE, NORTHBRIDGE_TITLE, COURIER_TITLE, PHRASE } from './support/sample.js';

test.beforeEach(async ({ workbench }) => {
  await workbench.loadSample();
});

test('a Cyrillic word finds its other forms', async ({ workbench }) => {
  await workbench.search('армии');
  await expect(workbench.resultTitle(DRAVPRESS_EMERGENCY_TITLE)).toBeVisible();
  // The Telegram transcript only says «Армия»: found by the Russian stemmer, not by the exact form.
  await expect(workbench.resultTitle(MAYAK_TITLE)).toBeVisible();
  await workbench.expectResultCount(3);
  const hits = async (): Promise<string[]> => (await workbench.results.locator('mark').allTextContents()).map((hit) => hit.toLowerCase());
  await expect.poll(hits).toEqual(expect.arrayContaining(['армии', 'армия']));
});

test('a quoted phrase finds exactly the documents that contain it', async ({ workbench }) => {
  await workbench.search(`"${PHRASE}"`);
  await workbench.expectResultCount(2);
  await expect(workbench.resultTitle(COURIER_TITLE)).toBeVisible();
  await expect(workbench.resultTitle(NORTHBRIDGE_TITLE)).toBeVisible();
  for (const item of await workbench.resultItems.all()) {
    await expect(
      item
        .locator('mark')
        .filter({ hasText: new RegExp(PHRASE, 'i') })
        .first(),
    ).toBeVisible();
  }
});

test('a bad query shows the reason and the next good query works', async ({ workbench }) => {
  await workbench.search('title:');
  await expect(workbench.alert.filter({ hasText: /needs a word/i })).toBeVisible();
  await expect(workbench.searchbox).toBeEditable();

  await workbench.search(`"${PHRASE}"`);
  await workbench.expectResultCount(2);
  await expect(workbench.alert.filter({ hasText: /needs a word/i })).toHaveCount(0);
});
