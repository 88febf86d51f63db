// First run: an empty workspace offers the sample corpus, and loading it makes the corpus searchable.
import { expect, test } from './support/fixtures.js';
import { keepScreenshot } from './support/screens.js';

test('an empty workspace offers the sample corpus and loads it', async ({ workbench, page }, testInfo) => {
  await workbench.expectFirstRun();
  await keepScreenshot(page, testInfo, 'first-run');

  await workbench.loadSample();
  await workbench.search('fire');
  await expect(workbench.resultItems.first()).toBeVisible();
  await expect(workbench.resultCount).toHaveText(/^\s*\d+ results?\b/);

  // Reloading keeps the corpus: once the header shows what the workspace holds (the same reading that
  // decides on the first-run screen), the offer is not there.
  await page.reload();
  await expect(page.getByRole('banner')).toContainText(/[1-9]\d* documents?\b/, { timeout: 30_000 });
  await expect(workbench.loadSampleButton).toBeHidden();
});
