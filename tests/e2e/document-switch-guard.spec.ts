// Nothing lost by opening another document (issue 10, part 3): with unsaved details in the reader,
// opening another document asks "Discard changes?" first; keeping on editing stays on the
// document with the typing intact, discarding opens the other one.
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, test } from './support/fixtures.js';
import { LOG_TITLE, MEMO_TITLE, seedReader } from './support/reader-seed.js';

test.use({ viewport: { width: 1280, height: 720 } });

test.beforeEach(async ({ server, workbench, page }) => {
  await seedReader(server);
  await page.reload();
  await expect(workbench.searchbox).toBeEnabled({ timeout: 30_000 });
});

test('opening another document while the details form is dirty asks first', async ({ workbench, page }, testInfo) => {
  await workbench.search('harbour bravo');
  await expect(workbench.resultTitle(MEMO_TITLE)).toBeVisible();
  await workbench.openResult(MEMO_TITLE);
  const form = workbench.reader.root.getByRole('form', { name: 'Document details' });
  const source = form.getByRole('textbox', { name: 'Source', exact: true });
  await workbench.reader.root.getByRole('button', { name: 'Edit details' }).click();
  await source.fill('Night desk');

  await workbench.resultTitle(LOG_TITLE).click();
  const prompt = workbench.reader.root.getByRole('alertdialog', { name: 'Discard changes?' });
  await expect(prompt).toBeVisible();
  await expect(workbench.reader.title).toHaveText(MEMO_TITLE);
  await expectNoSeriousViolations(page, testInfo, 'switch-discard');
  await prompt.getByRole('button', { name: 'Keep editing' }).click();
  await expect(prompt).toBeHidden();
  await expect(workbench.reader.title).toHaveText(MEMO_TITLE);
  await expect(source).toHaveValue('Night desk');

  await workbench.resultTitle(LOG_TITLE).click();
  await prompt.getByRole('button', { name: 'Discard' }).click();
  await expect(workbench.reader.title).toHaveText(LOG_TITLE);
  await expect(form).toBeHidden();

  // A clean form does not ask.
  await workbench.resultTitle(MEMO_TITLE).click();
  await expect(workbench.reader.title).toHaveText(MEMO_TITLE);
  await expect(prompt).toHaveCount(0);
});
