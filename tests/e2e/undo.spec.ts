// Undo (issue 10, part 3): deleting a highlight, a document or a tag, merging tags and editing a
// highlight are confirmed by a calm notice with "Undo"; Ctrl+Z undoes this session's latest change
// (but not while the analyst types in a field); the highlight history restores an earlier version.
import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, test } from './support/fixtures.js';
import { MEMO_TITLE, OUTER, seedReader } from './support/reader-seed.js';
import { keepScreenshot } from './support/screens.js';

test.use({ viewport: { width: 1280, height: 720 } });

test.beforeEach(async ({ server, workbench, page }) => {
  await seedReader(server);
  await page.reload();
  await expect(workbench.searchbox).toBeEnabled({ timeout: 30_000 });
});

/** The notice that confirms a change (a status, never an alert), found by what it says. */
function notice(scope: Locator | Page, text: string | RegExp): Locator {
  return scope.getByRole('status').filter({ hasText: text });
}

test('a deleted highlight comes back with Undo in the notice', async ({ workbench, page }, testInfo) => {
  await workbench.openDocument('bravo', MEMO_TITLE);
  const dialog = await workbench.notes.open(OUTER);
  await dialog.deleteButton.click();
  await dialog.root.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(dialog.root).toBeHidden();
  await expect(workbench.notes.item(OUTER)).toHaveCount(0);

  const done = notice(page, `Deleted highlight “${OUTER}”.`);
  await expect(done).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await keepScreenshot(page, testInfo, 'undo-notice');
  await expectNoSeriousViolations(page, testInfo, 'undo-notice');
  await done.getByRole('button', { name: 'Undo' }).click();

  await expect(notice(page, `Undone: Delete highlight “${OUTER}”.`)).toBeVisible();
  await expect(workbench.notes.item(OUTER)).toContainText('timeline');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice(page, 'Undone')).toHaveCount(0);
});

test('Ctrl+Z undoes a highlight edit, but not while typing in a field', async ({ workbench, page }) => {
  await workbench.openDocument('bravo', MEMO_TITLE);
  const dialog = await workbench.notes.open(OUTER);
  await dialog.note.fill('Checked against the harbour log.');
  await dialog.save();
  await expect(workbench.notes.item(OUTER)).toContainText('Checked against the harbour log.');
  await expect(notice(page, `Edited highlight “${OUTER}”.`)).toBeVisible();

  // In the search field Ctrl+Z is the browser's own undo of the text: the edit stays.
  await workbench.searchbox.fill('charlie');
  await workbench.searchbox.press('ControlOrMeta+z');
  await expect(notice(page, `Edited highlight “${OUTER}”.`)).toBeVisible();
  await expect(workbench.notes.item(OUTER)).toContainText('Checked against the harbour log.');

  await workbench.searchbox.blur();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(notice(page, `Undone: Edit highlight “${OUTER}”.`)).toBeVisible();
  await expect(workbench.notes.item(OUTER)).not.toContainText('Checked against the harbour log.');
});

test('a removed document comes back, searchable, with Undo', async ({ workbench, page }) => {
  await workbench.openDocument('bravo', MEMO_TITLE);
  await page.getByRole('button', { name: 'Remove document' }).click();
  await page.getByRole('button', { name: 'Yes, remove' }).click();
  const done = notice(page, `Deleted document “${MEMO_TITLE}”.`);
  await expect(done).toBeVisible();
  await workbench.search('bravo');
  await workbench.expectResultCount(0);

  await done.getByRole('button', { name: 'Undo' }).click();
  await expect(notice(page, `Undone: Delete document “${MEMO_TITLE}”.`)).toBeVisible();
  await workbench.search('foxtrot');
  await workbench.expectResultCount(1);
  await workbench.openResult(MEMO_TITLE);
  await expect(workbench.notes.item(OUTER)).toBeVisible();
});

test('a tag merge and a tag deletion are undone from the tags dialog', async ({ workbench, page }, testInfo) => {
  const tags = await workbench.openTags();
  await expect.poll(async () => (await tags.names()).sort()).toEqual(['fire', 'rumour', 'timeline']);
  await tags.merge('rumour', 'fire');
  const merged = notice(tags.root, 'Merged tag “rumour” into “fire”.');
  await expect(merged).toBeVisible();
  await expectNoSeriousViolations(page, testInfo, 'undo-in-tags-dialog');
  await merged.getByRole('button', { name: 'Undo' }).click();
  await expect(notice(tags.root, 'Undone: Merge tag “rumour” into “fire”.')).toBeVisible();
  await expect.poll(async () => (await tags.names()).sort()).toEqual(['fire', 'rumour', 'timeline']);

  await tags.row('timeline').getByRole('button', { name: 'Delete timeline' }).click();
  await tags.root.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(notice(tags.root, 'Deleted tag “timeline”.')).toBeVisible();
  await expect.poll(async () => (await tags.names()).sort()).toEqual(['fire', 'rumour']);
  // Ctrl+Z works inside the dialog too (focus is on a button, not in a field).
  await tags.root.getByRole('button', { name: 'Undo' }).focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(notice(tags.root, 'Undone: Delete tag “timeline”.')).toBeVisible();
  await expect.poll(async () => (await tags.names()).sort()).toEqual(['fire', 'rumour', 'timeline']);
});

test('the highlight history restores an earlier version, and that too can be undone', async ({ workbench, page }, testInfo) => {
  await workbench.openDocument('bravo', MEMO_TITLE);
  const dialog = await workbench.notes.open(OUTER);
  await dialog.note.fill('First reading.');
  await dialog.save();
  const again = await workbench.notes.open(OUTER);
  await again.note.fill('Second reading.');
  await again.save();
  await expect(workbench.notes.item(OUTER)).toContainText('Second reading.');

  await workbench.notes.item(OUTER).getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('dialog', { name: 'Highlight history' });
  const entries = history.getByRole('listitem');
  await expect(entries).toHaveCount(3);
  // The version it has now offers no restore.
  await expect(entries.nth(2).getByRole('button', { name: /^Restore/ })).toHaveCount(0);
  await entries
    .nth(1)
    .getByRole('button', { name: /^Restore this version, of / })
    .click();
  await expect(notice(history, /^Restored highlight “bravo charlie delta” to its version of/)).toBeVisible();
  await expect(entries).toHaveCount(4);
  await expect(entries.nth(3)).toContainText('Restored');
  await expect(entries.nth(3)).toContainText('First reading.');
  await keepScreenshot(page, testInfo, 'undo-history-restore');
  await expectNoSeriousViolations(page, testInfo, 'undo-history-restore');

  await notice(history, /^Restored highlight/)
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(notice(history, /^Undone: Restore highlight/)).toBeVisible();
  await expect(entries).toHaveCount(5);
  await expect(entries.nth(4)).toContainText('Second reading.');
});
