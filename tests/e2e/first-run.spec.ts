// First run: an empty workspace offers the sample corpus, and loading it makes the corpus searchable.
import { expect, test } from './support/fixtures.js';
import { keepScreenshot } from './support/screens.js';

test('an empty workspace offers the sample corpus and loads it', async ({ workbench, page }, testInfo) => {
  await expect(workbench.loadSampleButton).toBeVisible();
  await keepScreenshot(page, testInfo, 'first-run');

  await workbench.loadSample();
  await workbench.search('fire');
  await expect(workbench.resultItems.first()).toBeVisible();
  await expect(workbench.resultCount.first()).toHaveText(/^\s*\d+ results?\b/);

  // Reloading keeps the corpus: the first-run offer does not come back.
  await page.reload();
  await expect(workbench.searchbox).toBeVisible();
  await expect(workbench.loadSampleButton).toBeHidden();
});
