// Real formats through the UI: a PDF and a Word file imported with the file picker and shown with
// their structure; a highlight across a PDF page break, cited with both pages in the export; a
// document's details edited in the reader's header and shown in the analyst's own time zone.
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { WorkbenchPage } from './pages/workbench-page.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, test } from './support/fixtures.js';

const FORMATS = join(process.cwd(), 'tests', 'fixtures', 'formats');
const PDF = join(FORMATS, 'pdf', 'report-en.pdf');
const DOCX = join(FORMATS, 'docx', 'field-report.docx');
const PDF_TITLE = 'Border Crossings in the First Quarter';
const DOCX_TITLE = 'Field report: the Kresny Most crossing';

// The analyst works in Kyiv: times must read as Kyiv time, with the zone named.
test.use({ timezoneId: 'Europe/Kyiv' });

async function importThroughPicker(workbench: WorkbenchPage, files: string[]): Promise<void> {
  const { page } = workbench;
  await workbench.expectFirstRun();
  await page.getByRole('button', { name: 'Import', exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Import documents' });
  await dialog.getByLabel('Choose files', { exact: true }).setInputFiles(files);
  const report = dialog.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText(`${files.length} document${files.length === 1 ? '' : 's'} added`, { timeout: 60_000 });
  await expect(report).toContainText('0 failed');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
}

test('imports a PDF and a Word file, highlights across a PDF page break and exports both pages', async ({ workbench }) => {
  const { reader } = workbench;
  await importThroughPicker(workbench, [PDF, DOCX]);
  await workbench.openDocument('bulletins', PDF_TITLE);

  await test.step('the PDF reads as a report: headings as headings, each page marked', async () => {
    await expect(reader.text.getByRole('heading', { level: 3, name: 'Recommendations' })).toBeVisible();
    await expect(reader.pageStart(2)).toHaveCount(1);
    await expect(reader.pageStart(3)).toHaveText(/^field logs disagreed on eight days/);
  });

  await test.step('a highlight runs from the foot of page 2 onto page 3', async () => {
    await reader.selectAcross('In the first quarter the bulletins and the', 'field logs disagreed on eight days');
    await reader.highlightSelection();
    const dialog = workbench.highlightDialog('new');
    await dialog.fill({ tags: ['opening-hours'] });
    await dialog.save();
    await expect(reader.pageStart(3).locator('[data-annotation-id]')).toHaveText('field logs disagreed on eight days');
    const ids = await reader.highlights.evaluateAll((marks) => [...new Set(marks.map((mark) => (mark as HTMLElement).dataset.annotationId))]);
    expect(ids, 'one highlight, painted on both pages').toHaveLength(1);
  });

  await test.step('the export cites pages 2–3', async () => {
    const dialog = await workbench.openExport();
    await dialog.choose('Markdown');
    const markdown = await dialog.download();
    expect(markdown.text).toContain('pp. 2–3');
    expect(markdown.text).toMatch(/In the first quarter the bulletins and the\s+(?:>\s*)?field logs disagreed on eight days/);
    await dialog.choose('CSV');
    const csv = await dialog.download();
    const rows = parse(csv.text, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
    expect(rows.map((row) => row['Pages'])).toEqual(['pp. 2–3']);
  });
});

test('shows a Word file with its structure and edits its details in the analyst time zone', async ({ workbench }, testInfo) => {
  const { page, reader } = workbench;
  await importThroughPicker(workbench, [DOCX]);
  await workbench.openDocument('Kresny', DOCX_TITLE);

  await test.step('lists, quotes and headings keep their kind', async () => {
    await expect(reader.text.getByRole('heading', { level: 3, name: 'What observers saw' })).toBeVisible();
    await expect(reader.text.getByRole('blockquote')).toContainText('We were told the crossing would reopen within a week');
    await expect(reader.detail('Date')).toHaveText('14 Mar 2026, 11:30 EET');
  });

  const form = reader.root.getByRole('form', { name: 'Document details' });
  await test.step('source, date (typed as Kyiv time), a document tag and a note are saved', async () => {
    await reader.root.getByRole('button', { name: 'Edit details' }).click();
    await expect(form.getByRole('textbox', { name: 'Title' })).toBeFocused();
    await expectNoSeriousViolations(page, testInfo, 'document details', 'main');
    await form.getByRole('textbox', { name: 'Source' }).fill('Dravian Monitoring Unit');
    await form.getByRole('textbox', { name: 'Date' }).fill('2026-03-12 21:30');
    const tags = form.getByRole('combobox', { name: 'Document tags' });
    await tags.fill('border');
    await tags.press('Enter');
    await form.getByRole('textbox', { name: 'Note on the document' }).fill('Written **two days** after the closure.');
    await form.getByRole('button', { name: 'Save details' }).click();
    await expect(form).toBeHidden();
    await expect(reader.detail('Source')).toHaveText('Dravian Monitoring Unit');
    await expect(reader.detail('Date')).toHaveText('12 Mar 2026, 21:30 EET');
    await expect(reader.detail('Tags')).toHaveText('border');
    await expect(reader.root.getByRole('region', { name: 'Note on the document' }).locator('strong')).toHaveText('two days');
  });

  await test.step('an impossible date is refused by name and the draft is kept', async () => {
    await reader.root.getByRole('button', { name: 'Edit details' }).click();
    await form.getByRole('textbox', { name: 'Date' }).fill('2026-02-30');
    await form.getByRole('button', { name: 'Save details' }).click();
    await expect(form.getByRole('alert')).toContainText('date');
    await expect(form.getByRole('textbox', { name: 'Date' })).toHaveValue('2026-02-30');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(reader.detail('Date')).toHaveText('12 Mar 2026, 21:30 EET');
  });

  await test.step('every change is in the history', async () => {
    await reader.root.getByText('History of these details').click();
    const history = reader.root.getByRole('list', { name: 'Changes to the details' });
    await expect(history).toContainText('source: (none) → Dravian Monitoring Unit');
    await expect(history).toContainText('2026-03-12T21:30+02:00');
  });

  await test.step('the document tag is searchable and the source is a filter', async () => {
    await workbench.search('doctag:border');
    await workbench.expectResultCount(1);
    await expect(page.getByLabel('Source', { exact: true }).locator('option', { hasText: 'Dravian Monitoring Unit' })).toHaveCount(1);
  });
});
