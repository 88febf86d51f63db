// The Documents view: sort by date, set a source on three documents picked with shift-click, filter
// by it, tag them, remove one after a confirmation that says what goes; keyboard moves, selects and
// opens; axe and screenshots at 1280×720 in light and dark.
import { expect, test } from './support/fixtures.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { DocumentsDialog } from './pages/documents-dialog.js';
import { keepScreenshot } from './support/screens.js';

const DATE_COLUMN = 3;
const TAGS_COLUMN = 7;

test('sort, filter, select with shift-click, tag and remove documents', async ({ workbench, page }, testInfo) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await workbench.loadSample();
  const docs = await DocumentsDialog.open(page);
  await expect(docs.count).toHaveText('13 documents');
  await expect(docs.grid).toHaveAttribute('aria-rowcount', '14');

  await docs.sortBy('Date');
  await expect(docs.columnHeader('Date')).toHaveAttribute('aria-sort', 'ascending');
  await docs.sortBy('Date');
  await expect(docs.columnHeader('Date')).toHaveAttribute('aria-sort', 'descending');
  await expect(docs.columnHeader('Title')).not.toHaveAttribute('aria-sort');

  // Three documents by shift-click get a source of their own…
  await docs.clickRow(0);
  await docs.clickRow(2, ['Shift']);
  await expect(docs.count).toHaveText('3 documents selected of 13');
  await expect(await docs.selected()).toHaveCount(3);
  await docs.sourceBox.fill('Case file A');
  await docs.root.getByRole('button', { name: 'Set source', exact: true }).click();
  await expect(docs.root.getByRole('status').filter({ hasText: 'Source set to “Case file A” on 3 documents.' })).toBeVisible();

  // … which the source filter then finds.
  await docs.filterBySource(/^Case file A\b/);
  await expect(docs.count).toHaveText('3 documents');
  await expect(docs.rows).toHaveCount(3);
  const dates = await docs.column(DATE_COLUMN);
  expect(dates).toHaveLength(3);

  await docs.clickRow(0);
  await docs.clickRow(2, ['Shift']);
  await expect(docs.count).toHaveText('3 documents selected of 3');
  await docs.tagBox.fill('priority');
  await docs.root.getByRole('button', { name: 'Add tag', exact: true }).click();
  await expect.poll(() => docs.column(TAGS_COLUMN)).toEqual(['priority', 'priority', 'priority']);

  // Ctrl/Cmd-click takes one out of the selection.
  await docs.clickRow(1, ['ControlOrMeta']);
  await expect(docs.count).toHaveText('2 documents selected of 3');

  await keepScreenshot(page, testInfo, 'documents');
  await expectNoSeriousViolations(page, testInfo, 'documents');
  await page.emulateMedia({ colorScheme: 'dark' });
  await keepScreenshot(page, testInfo, 'documents-dark');
  await expectNoSeriousViolations(page, testInfo, 'documents-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Remove one, after a confirmation that says how many and what goes with it.
  const removed = (await docs.column(1))[0] ?? '';
  await docs.clickRow(0);
  await docs.root.getByRole('button', { name: 'Remove…', exact: true }).click();
  const confirm = docs.root.getByRole('alertdialog');
  await expect(confirm).toContainText('Remove 1 document?');
  await expect(confirm).toContainText('notes and document tags');
  await keepScreenshot(page, testInfo, 'documents-remove');
  await confirm.getByRole('button', { name: 'Yes, remove 1 document', exact: true }).click();
  await expect(docs.root.getByRole('status').filter({ hasText: 'Removed 1 document and 0 highlights.' })).toBeVisible();
  await expect(docs.rows).toHaveCount(2);
  await expect(docs.count).toHaveText('2 documents');
  expect(await docs.column(1)).not.toContain(removed);
  await expect(page.getByRole('banner').first()).toContainText('12 documents');
});

test('the keyboard moves, selects, extends and opens', async ({ workbench, page }) => {
  test.setTimeout(180_000);
  await workbench.loadSample();
  const docs = await DocumentsDialog.open(page);
  await docs.sortBy('Title');
  const titles = await docs.column(1);

  await docs.rows.first().getByRole('gridcell').nth(1).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(docs.count).toHaveText('1 document selected of 13');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(docs.count).toHaveText('3 documents selected of 13');
  await expect(await docs.selected()).toHaveCount(3);
  await page.keyboard.press('ControlOrMeta+a');
  await expect(docs.count).toHaveText('13 documents selected of 13');

  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(docs.root).toBeHidden();
  await expect(workbench.reader.title).toHaveText(titles[2] ?? '');
});

test('"Export notes…" exports the notes of the chosen documents', async ({ workbench, page }) => {
  test.setTimeout(180_000);
  await workbench.loadSample();
  const docs = await DocumentsDialog.open(page);
  await docs.root.getByRole('button', { name: 'Select all 13 that match', exact: true }).click();
  await expect(docs.count).toHaveText('13 documents selected of 13');
  await docs.root.getByRole('button', { name: 'Export notes…', exact: true }).click();
  const exporter = page.getByRole('dialog', { name: 'Export notes', exact: true });
  await expect(exporter).toBeVisible();
  await expect(exporter.getByRole('checkbox', { name: 'Only the 13 documents chosen in Documents', exact: true })).toBeChecked();
});
