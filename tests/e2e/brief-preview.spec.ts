// A brief that reads like one: the export preview shows the Markdown brief rendered (headings,
// quotes, the ACH matrix as a table) and a CSV as a table; a passage with two tags is printed once;
// dates read as people write them; HTML typed into a note stays text; a quote that has its own marks
// is not wrapped in a second pair; and "Saved …" goes when the format changes.
import type { Locator } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, test } from './support/fixtures.js';
import { openCourier } from './support/flows.js';
import { PASSAGE } from './support/sample.js';
import { keepScreenshot } from './support/screens.js';
import { chooseOption } from './support/select.js';

/** A passage of the Courier that brings its own quote marks. */
const QUOTED = '“as a precaution”';
/** HTML an analyst (or another analyst's imported notes) may put in a note: it must stay text. */
const NOTE = 'Army, not **National Guard**, at the gate. <img src=x onerror="document.title=\'pwned\'">';
const HYPOTHESES = ['Sabotage by Orlavia', 'An industrial accident, covered up'];

test('the export preview reads like a brief, and the CSV like a spreadsheet', async ({ workbench, page }, testInfo) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openCourier(workbench);

  await test.step('two hypotheses to weigh the passage against', async () => {
    await page.getByRole('button', { name: 'Hypotheses', exact: true }).click();
    const view = page.getByRole('dialog', { name: 'Hypotheses' });
    for (const statement of HYPOTHESES) {
      await view.getByRole('textbox', { name: 'New hypothesis' }).fill(statement);
      await view.getByRole('button', { name: 'Add hypothesis' }).click();
      await expect(view.getByText(statement, { exact: true })).toBeVisible();
    }
    await view.getByRole('button', { name: 'Close' }).click();
    await expect(view).toBeHidden();
  });

  await test.step('a passage with two tags, a note and ratings; a passage in its own quote marks', async () => {
    await workbench.reader.select(PASSAGE);
    await workbench.reader.highlightSelection();
    const dialog = workbench.highlightDialog('new');
    await dialog.fill({ tags: ['timeline', 'gate control'], note: NOTE, reliability: /^B\b/, credibility: /^2\b/ });
    const against = dialog.root.getByRole('group', { name: 'Against the hypotheses' });
    await chooseOption(against.getByRole('combobox', { name: /^H1\b/ }), /^I —/);
    await chooseOption(against.getByRole('combobox', { name: /^H2\b/ }), /^C —/);
    await dialog.save();
    await expect(workbench.reader.highlight(PASSAGE)).toBeVisible();

    await workbench.reader.select(QUOTED);
    await workbench.reader.highlightSelection();
    await workbench.highlightDialog('new').fill({ tags: ['timeline'] });
    await workbench.highlightDialog('new').save();
    // The notes panel quotes it once: “as a precaution”, not ““as a precaution””.
    await expect(workbench.notes.root.getByRole('button', { name: QUOTED, exact: true })).toBeVisible();
    await expect(workbench.notes.root).not.toContainText('““');
  });

  const dialog = await workbench.openExport();
  const brief = dialog.preview.getByRole('document', { name: 'The brief as it reads' });

  await test.step('the brief, rendered', async () => {
    await dialog.choose('Markdown');
    await expect(brief.getByRole('heading', { name: /^Assay report — highlights by tag$/ })).toBeVisible();
    await expect(brief.getByRole('heading', { name: 'Analysis of competing hypotheses' })).toBeVisible();
    for (const tag of ['gate control', 'timeline']) await expect(brief.getByRole('heading', { name: tag, exact: true })).toBeVisible();
    // Printed once, as a quote, under its first tag; named under the other.
    await expect(brief.getByRole('blockquote').filter({ hasText: PASSAGE })).toHaveCount(1);
    await expect(brief.getByRole('listitem').filter({ hasText: 'in full under' })).toHaveText(`“${PASSAGE}” — in full under gate control`);
    // The note's Markdown is rendered; its HTML is shown as text and never becomes an element.
    await expect(brief.getByText('National Guard', { exact: true })).toHaveJSProperty('tagName', 'STRONG');
    await expect(brief).toContainText('<img src=x onerror=');
    await expect(brief.locator('img')).toHaveCount(0);
    await expect(page).not.toHaveTitle('pwned');
    // The matrix is a table with a column per hypothesis.
    const matrix = brief.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Diagnosticity' }) });
    await expect(matrix.getByRole('columnheader', { name: 'H1' })).toBeVisible();
    await expect(matrix.getByRole('row').filter({ hasText: PASSAGE })).toContainText('B2');
    // Dates as people write them, in the analyst's zone (the browser's: UTC here), said once.
    await expect(brief).toContainText(/Generated \d{1,2} [A-Z][a-z]+ 20\d\d, \d\d:\d\d UTC/);
    await expect(brief).toContainText('Times are in UTC.');
    await expect(brief).toContainText(/\b1[12] March 2026\b/);
    await expect(brief).not.toContainText('““');
    await keepScreenshot(page, testInfo, 'export-brief');
    await expectNoSeriousViolations(page, testInfo, 'export-brief', 'dialog.export-dialog');
    await page.emulateMedia({ colorScheme: 'dark' });
    await keepScreenshot(page, testInfo, 'export-brief-dark');
    await expectNoSeriousViolations(page, testInfo, 'export-brief-dark', 'dialog.export-dialog');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  await test.step('the file’s own text is one tick away', async () => {
    await dialog.root.getByRole('checkbox', { name: 'Show as plain text' }).check();
    await expect(dialog.preview.getByLabel("The file's text", { exact: true })).toContainText(`> ${PASSAGE}`);
    await dialog.root.getByRole('checkbox', { name: 'Show as plain text' }).uncheck();
    await expect(brief).toBeVisible();
  });

  await test.step('"Saved …" goes when the format changes', async () => {
    const file = await dialog.download();
    expect(file.name).toMatch(/\.md$/);
    const saved = dialog.root.getByRole('status').filter({ hasText: `Saved ${file.name}` });
    await expect(saved).toBeVisible();
    await dialog.choose('CSV');
    await expect(saved).toHaveCount(0);
  });

  await test.step('the CSV, as a table', async () => {
    const sheet: Locator = dialog.preview.getByRole('group', { name: 'Spreadsheet preview' });
    await expect(sheet.getByRole('columnheader').first()).toBeVisible();
    await expect(sheet.getByRole('row')).toHaveCount(3);
    await expect(sheet.getByRole('cell', { name: PASSAGE, exact: true })).toBeVisible();
    await expect(dialog.preview).toContainText('2 rows');
    await keepScreenshot(page, testInfo, 'export-csv');
    await expectNoSeriousViolations(page, testInfo, 'export-csv', 'dialog.export-dialog');
  });
});
