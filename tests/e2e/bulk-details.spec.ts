// The Documents view sets details other than the source on many documents at once (issue 10,
// part 1): a language and a date on the selected documents, a refused date named in an alert.
import { DocumentsDialog } from './pages/documents-dialog.js';
import { chooseOption } from './support/select.js';
import { expect, test } from './support/fixtures.js';
import { seedReader } from './support/reader-seed.js';

test('sets the language and the date of the selected documents', async ({ server, workbench, page }) => {
  await seedReader(server);
  await page.reload();
  await expect(workbench.searchbox).toBeEnabled({ timeout: 30_000 });
  const docs = await DocumentsDialog.open(page);
  await docs.clickRow(0);
  await docs.clickRow(1, ['Shift']);
  await expect(docs.count).toHaveText('2 documents selected of 2');

  const detail = docs.root.getByLabel('Detail to set', { exact: true });
  await chooseOption(detail, /^Language$/);
  await chooseOption(docs.root.getByLabel('New language', { exact: true }), /^German$/);
  await docs.root.getByRole('button', { name: 'Set language', exact: true }).click();
  await expect(docs.root.getByRole('status').filter({ hasText: 'Language set to “German” on 2 documents.' })).toBeVisible();

  await chooseOption(detail, /^Date$/);
  const date = docs.root.getByRole('textbox', { name: 'New date', exact: true });
  await date.fill('2026-02-30');
  await docs.root.getByRole('button', { name: 'Set date', exact: true }).click();
  await expect(docs.root.getByRole('alert')).toContainText('2026-03-14');
  await date.fill('2026-03-20');
  await docs.root.getByRole('button', { name: 'Set date', exact: true }).click();
  await expect(docs.root.getByRole('status').filter({ hasText: 'Date set to “2026-03-20” on 2 documents.' })).toBeVisible();
  await expect.poll(async () => (await docs.column(3)).map((shown) => /^20 Mar\w* 2026$/.test(shown))).toEqual([true, true]);
});
