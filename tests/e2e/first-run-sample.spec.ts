// First run, after the sample loads: the welcome screen says what was added (13 documents, in which
// languages) and offers first searches that run when clicked; before that, the empty workspace shows
// no filters it cannot use, and filters appear as they become useful.
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, test } from './support/fixtures.js';
import { keepScreenshot } from './support/screens.js';

test('loading the sample says what came in and suggests a first search', async ({ workbench, page }, testInfo) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const search = workbench.searchRegion;

  await test.step('an empty workspace shows no filters it cannot use', async () => {
    await workbench.expectFirstRun();
    await expect(search.getByRole('group', { name: 'Filters' })).toHaveCount(0);
    for (const name of ['Source', 'Language', 'From', 'To', 'Tag']) await expect(search.getByLabel(name, { exact: true })).toHaveCount(0);
    await expect(search.getByRole('checkbox')).toHaveCount(0);
  });

  const welcome = page.getByRole('region', { name: 'The sample corpus is ready' });
  await test.step('the sample loads, and the screen says what was added', async () => {
    await workbench.loadSampleButton.click();
    await expect(welcome).toBeVisible({ timeout: 60_000 });
    await expect(welcome.getByRole('status')).toContainText(/Added 13 documents in English \(\d+\), Russian \(\d+\) and Ukrainian \(\d+\)/);
    await keepScreenshot(page, testInfo, 'sample-added');
    await expectNoSeriousViolations(page, testInfo, 'sample-added');
    await page.emulateMedia({ colorScheme: 'dark' });
    await keepScreenshot(page, testInfo, 'sample-added-dark');
    await expectNoSeriousViolations(page, testInfo, 'sample-added-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  await test.step('filters appear once they can narrow something; highlight filters wait for highlights', async () => {
    await expect(search.getByRole('combobox', { name: 'Source', exact: true })).toBeVisible();
    await expect(search.getByRole('combobox', { name: 'Language', exact: true })).toBeVisible();
    await expect(search.getByRole('checkbox', { name: 'Has highlights' })).toHaveCount(0);
    await expect(search.getByRole('combobox', { name: 'Tag', exact: true })).toHaveCount(0);
  });

  await test.step('a suggested search runs when clicked', async () => {
    await welcome.getByRole('button', { name: 'Search for армии' }).click();
    await expect(workbench.searchbox).toHaveValue('армии');
    await expect(workbench.resultCount).toHaveText(/^\s*[1-9]\d* results?\b/);
    await expect(workbench.resultItems.first()).toBeVisible();
    // Opening a result puts the document where the welcome was.
    await workbench.resultItems.first().getByRole('button').first().click();
    await expect(welcome).toBeHidden();
    await expect(workbench.reader.title).toBeVisible();
  });
});
