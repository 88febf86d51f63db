// From the seed articles to a brief with its ACH section: hypotheses written in the Hypotheses view,
// passages rated against them while highlighting, the matrix ranking them (and re-ranking after a
// rating changed in the matrix), and the exported brief opening with the analysis.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import type { WorkbenchPage } from './pages/workbench-page.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, test } from './support/fixtures.js';
import { chooseOption } from './support/select.js';

// The seed articles live beside the repository, not in it; without them the walk reports itself skipped.
const SEEDS = join(process.cwd(), '..', 'shared', 'corpus', 'seeds');
const QUESTION = "Will Belarus join Russia's war with its own troops?";
const HYPOTHESES = ['Belarus joins the war with its own troops', 'Belarus stays out but hosts Russian forces', 'Belarus stays out entirely'];
const TROOPS = 'more than 30,000 Russian troops went to Belarus';
const NOT_SO_FAR = 'Belarus has not actively contributed any of its troops to the invasion so far';

function hypothesesView(workbench: WorkbenchPage): Locator {
  return workbench.page.getByRole('dialog', { name: 'Hypotheses' });
}

async function openHypotheses(workbench: WorkbenchPage): Promise<Locator> {
  await workbench.page.getByRole('button', { name: 'Hypotheses', exact: true }).click();
  const view = hypothesesView(workbench);
  await expect(view.getByRole('textbox', { name: 'Question' })).toBeVisible();
  return view;
}

async function highlightAndRate(workbench: WorkbenchPage, passage: string, grades: [RegExp, RegExp], ratings: [RegExp, RegExp, RegExp]): Promise<void> {
  await workbench.reader.select(passage);
  await workbench.reader.highlightSelection();
  const dialog = workbench.highlightDialog('new');
  await dialog.fill({ reliability: grades[0], credibility: grades[1] });
  const fields = dialog.root.getByRole('group', { name: 'Against the hypotheses' });
  for (const [index, rating] of ratings.entries()) await chooseOption(fields.getByRole('combobox', { name: new RegExp(`^H${index + 1}\\b`) }), rating);
  await dialog.save();
  await expect(workbench.reader.highlight(passage)).toBeVisible();
}

test('weighs seed passages against three hypotheses and exports the analysis', async ({ workbench }, testInfo) => {
  test.skip(!existsSync(SEEDS), `the seed articles are not at ${SEEDS}`);
  const { page } = workbench;
  await workbench.expectFirstRun();
  await page.getByRole('button', { name: 'Import', exact: true }).first().click();
  const importer = page.getByRole('dialog', { name: 'Import documents' });
  await importer.getByLabel('Choose files', { exact: true }).setInputFiles(readdirSync(SEEDS).map((name) => join(SEEDS, name)));
  await expect(importer.getByRole('region', { name: 'Import report' })).toContainText('5 documents added', { timeout: 60_000 });
  await importer.getByRole('button', { name: 'Done' }).click();

  await test.step('the question and three hypotheses', async () => {
    const view = await openHypotheses(workbench);
    await view.getByRole('textbox', { name: 'Question' }).fill(QUESTION);
    await view.getByRole('button', { name: 'Save question' }).click();
    await expect(view.getByRole('button', { name: 'Save question' })).toBeDisabled();
    for (const statement of HYPOTHESES) {
      await view.getByRole('textbox', { name: 'New hypothesis' }).fill(statement);
      await view.getByRole('button', { name: 'Add hypothesis' }).click();
      await expect(view.getByText(statement, { exact: true })).toBeVisible();
    }
    await view.getByRole('button', { name: 'Close' }).click();
    await expect(view).toBeHidden();
  });

  await test.step('a passage highlighted and rated while reading', async () => {
    await workbench.openDocument('Zaluzhniy', /^Participation of Belarus/);
    await highlightAndRate(workbench, TROOPS, [/^B\b/, /^2\b/], [/^C —/, /^CC —/, /^II —/]);
  });

  await test.step('another seed reports the same 30,000 troops: linked as the same claim', async () => {
    await workbench.reader.highlight(TROOPS).first().click();
    const dialog = workbench.highlightDialog('edit');
    await expect(dialog.root).toBeVisible();
    await dialog.root.getByText('Related passages in other documents').click();
    const echo = dialog.root
      .getByRole('list', { name: 'Related passages' })
      .getByRole('listitem')
      .filter({ hasText: 'Some 30,000 Russian troops extended their stay in Belarus' });
    await echo.getByRole('button', { name: 'Same claim' }).click();
    await expect(echo.getByText('Linked as the same claim')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog.root).toBeHidden();
  });

  await test.step('a second passage highlighted and rated', async () => {
    await workbench.openDocument('actively', /^U\.S\. intelligence agencies/);
    await highlightAndRate(workbench, NOT_SO_FAR, [/^C\b/, /^3\b/], [/^II —/, /^C —/, /^C —/]);
  });

  await test.step('the matrix ranks "hosts" first, and re-ranks after a rating changes in it', async () => {
    const view = await openHypotheses(workbench);
    const ranking = view.getByRole('region', { name: 'Findings' }).getByRole('list').first();
    await expect(ranking.getByRole('listitem').first()).toContainText('H2 Belarus stays out but hosts Russian forces');
    const matrix = view.getByRole('region', { name: 'Matrix of passages and hypotheses' });
    await expect(matrix.getByRole('row')).toHaveCount(3);
    await expect(matrix.getByRole('rowheader', { name: new RegExp(TROOPS) })).toContainText('reported by 2 documents, 2 independent sources');
    await expectNoSeriousViolations(page, testInfo, 'hypotheses');
    // The analyst decides the second passage counts against "hosts" too: H1 and H2 now tie (one II
    // each from a C3 source), and H3 (a II from a B2 source) weighs most against.
    await matrix.getByRole('combobox', { name: /^H2 rating of “Belarus has not actively/ }).selectOption('II');
    await expect(ranking.getByRole('listitem')).toHaveText([/^1\. H1 /, /^1\. H2 /, /^3\. H3 /]);
    await view.getByRole('button', { name: 'Close' }).click();
  });

  await test.step('the brief opens with the analysis', async () => {
    const dialog = await workbench.openExport();
    await dialog.choose('Markdown');
    const brief = await dialog.download();
    expect(brief.text).toContain('## Analysis of competing hypotheses');
    expect(brief.text).toContain(`**Question:** ${QUESTION}`);
    expect(brief.text).toMatch(
      new RegExp(`\\| “${TROOPS}” — \\*Participation of Belarus[^|]*\\| B2 \\| 2 documents, 2 independent sources \\| C \\| CC \\| II \\| high \\|`),
    );
    expect(brief.text.indexOf('## Analysis of competing hypotheses')).toBeLessThan(brief.text.indexOf('## Untagged'));
  });
});
