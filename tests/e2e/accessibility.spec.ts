// axe-core over each main screen (no serious or critical violations), keeping a screenshot of each
// as a test artifact; the main screen is checked in both the light and the dark colour scheme.
import { expect, test } from './support/fixtures.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { closeWithEscape } from './support/dialogs.js';
import { highlightPassage, TIMELINE_FIELDS } from './support/flows.js';
import { COURIER_TITLE, PASSAGE, PHRASE, SECOND_PASSAGE } from './support/sample.js';
import { keepScreenshot } from './support/screens.js';

test('the main screens have no serious accessibility violations', async ({ workbench, page }, testInfo) => {
  // Ten axe runs on a 2-core machine: about two minutes when it is idle, over four when it is busy.
  test.setTimeout(480_000);
  const check = async (screen: string): Promise<void> => {
    await keepScreenshot(page, testInfo, screen);
    await expectNoSeriousViolations(page, testInfo, screen);
  };

  await test.step('first run', async () => {
    await workbench.expectFirstRun();
    await check('first-run');
  });

  await test.step('search results, light and dark', async () => {
    await workbench.loadSample();
    await workbench.search(`"${PHRASE}"`);
    await workbench.expectResultCount(2);
    await check('search-results');
    await page.emulateMedia({ colorScheme: 'dark' });
    await check('search-results-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  await test.step('highlight dialog', async () => {
    await workbench.openResult(COURIER_TITLE);
    await workbench.reader.select(PASSAGE);
    await workbench.reader.highlightSelection();
    const dialog = workbench.highlightDialog('new');
    await dialog.fill(TIMELINE_FIELDS);
    await check('highlight-dialog');
    await dialog.save();
    // The saved highlight repaints the passage's block: wait for it before selecting again.
    await expect(workbench.reader.highlight(PASSAGE)).toBeVisible();
  });

  await test.step('reader with highlights and the notes panel, light and dark', async () => {
    await highlightPassage(workbench, SECOND_PASSAGE, { tags: ['chronology'], note: 'Hospital staff figures.' });
    await expect(workbench.notes.items).toHaveCount(2);
    await check('reader-with-highlights');
    await workbench.notes.root.screenshot({ path: 'test-results/screens/notes-panel.png' });
    await testInfo.attach('notes-panel', { path: 'test-results/screens/notes-panel.png', contentType: 'image/png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await check('reader-with-highlights-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  await test.step('edit highlight dialog', async () => {
    const dialog = await workbench.notes.open(PASSAGE);
    await check('edit-highlight-dialog');
    await closeWithEscape(page, dialog.root);
  });

  await test.step('export dialog', async () => {
    const dialog = await workbench.openExport();
    await dialog.choose('Markdown');
    await expect(dialog.preview).toContainText(PASSAGE);
    await check('export-dialog');
    await dialog.close();
  });

  await test.step('tags dialog', async () => {
    const dialog = await workbench.openTags();
    await expect(dialog.renameBoxes).toHaveCount(2);
    await check('tags-dialog');
    await dialog.close();
  });

  await test.step('keyboard shortcuts dialog', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('?');
    await expect(workbench.shortcutsDialog).toBeVisible();
    await check('keyboard-shortcuts');
    await page.keyboard.press('Escape');
  });
});
