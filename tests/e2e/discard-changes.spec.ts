// Nothing lost by a key press (issue 10, part 3): Esc, Close or a click outside on a dirty form asks
// "Discard changes?" with "Keep editing" as the default, and a clean form closes at once. The same
// guard in the highlight dialogs, the document details form, the hypotheses and the tags manager.
import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, test } from './support/fixtures.js';
import { LOG_SOURCE, LOG_TITLE, MEMO_TITLE, OUTER, seedReader } from './support/reader-seed.js';
import { keepScreenshot } from './support/screens.js';

test.use({ viewport: { width: 1280, height: 720 } });

test.beforeEach(async ({ server, workbench, page }) => {
  await seedReader(server);
  await page.reload();
  await expect(workbench.searchbox).toBeEnabled({ timeout: 30_000 });
});

function discardPrompt(scope: Locator | Page): Locator {
  return scope.getByRole('alertdialog', { name: 'Discard changes?' });
}

test('Esc on a dirty highlight dialog asks, and keeping on editing keeps the note', async ({ workbench, page }, testInfo) => {
  await workbench.openDocument('bravo', MEMO_TITLE);
  await workbench.reader.select('golf hotel');
  await workbench.reader.highlightSelection();
  const dialog = workbench.highlightDialog('new');
  const prompt = discardPrompt(dialog.root);
  const note = 'Half a thought about golf and';
  await dialog.note.fill(note);
  await expect(dialog.root).toHaveAttribute('data-dirty', 'true');

  // Esc asks; "Keep editing" has focus, so Enter keeps the note and puts the analyst back in it.
  await dialog.note.press('Escape');
  await expect(prompt).toBeVisible();
  await expect(prompt.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await keepScreenshot(page, testInfo, 'discard-changes');
  await page.emulateMedia({ colorScheme: 'dark' });
  await keepScreenshot(page, testInfo, 'discard-changes-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoSeriousViolations(page, testInfo, 'discard-changes');
  await page.keyboard.press('Enter');
  await expect(prompt).toBeHidden();
  await expect(dialog.root).toBeVisible();
  await expect(dialog.note).toHaveValue(note);
  await expect(dialog.note).toBeFocused();

  // A second Esc inside the question also keeps editing.
  await page.keyboard.press('Escape');
  await expect(prompt).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(prompt).toBeHidden();
  await expect(dialog.note).toHaveValue(note);

  // A click outside asks the same question; so does Close.
  await page.mouse.click(1200, 700);
  await expect(prompt).toBeVisible();
  await prompt.getByRole('button', { name: 'Keep editing' }).click();
  await expect(dialog.note).toHaveValue(note);
  await dialog.root.getByRole('button', { name: 'Close' }).click();
  await expect(prompt).toBeVisible();

  // Discard means it: the dialog goes and nothing is saved.
  await prompt.getByRole('button', { name: 'Discard' }).click();
  await expect(dialog.root).toBeHidden();
  await expect(workbench.reader.highlights.filter({ hasText: 'golf' })).toHaveCount(0);
});

test('Esc on a clean highlight dialog closes it at once, new or edited', async ({ workbench, page }) => {
  await workbench.openDocument('bravo', MEMO_TITLE);
  await workbench.reader.select('golf hotel');
  await workbench.reader.highlightSelection();
  const fresh = workbench.highlightDialog('new');
  await page.keyboard.press('Escape');
  await expect(fresh.root).toBeHidden();
  await expect(discardPrompt(page)).toHaveCount(0);

  // Typing then undoing the typing leaves the form clean again.
  const edit = await workbench.notes.open(OUTER);
  await edit.note.fill('x');
  await expect(edit.root).toHaveAttribute('data-dirty', 'true');
  await edit.note.fill('');
  await expect(edit.root).not.toHaveAttribute('data-dirty');
  await page.keyboard.press('Escape');
  await expect(edit.root).toBeHidden();
  await expect(discardPrompt(page)).toHaveCount(0);

  // A changed assessment is a change: asked, and kept on "Keep editing".
  const again = await workbench.notes.open(OUTER);
  await again.reliability.selectOption({ index: 2 });
  await expect(again.root).toHaveAttribute('data-dirty', 'true');
  await page.keyboard.press('Escape');
  await expect(discardPrompt(again.root)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(again.reliability).not.toHaveValue('');
  await again.save();
});

test('the document details form asks before Esc throws away an edit', async ({ workbench, page }, testInfo) => {
  await workbench.openDocument('harbour', LOG_TITLE);
  const form = workbench.reader.root.getByRole('form', { name: 'Document details' });
  const source = form.getByRole('textbox', { name: 'Source', exact: true });

  // Clean: Esc closes at once.
  await workbench.reader.root.getByRole('button', { name: 'Edit details' }).click();
  await expect(form).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();

  // Dirty: Esc asks; keep editing keeps the typing; Discard drops it.
  await workbench.reader.root.getByRole('button', { name: 'Edit details' }).click();
  await source.fill('Harbour master');
  await source.press('Escape');
  const prompt = discardPrompt(form);
  await expect(prompt).toBeVisible();
  await expectNoSeriousViolations(page, testInfo, 'details-discard');
  await prompt.getByRole('button', { name: 'Keep editing' }).click();
  await expect(source).toHaveValue('Harbour master');
  await expect(source).toBeFocused();
  await source.press('Escape');
  await prompt.getByRole('button', { name: 'Discard' }).click();
  await expect(form).toBeHidden();
  await expect(workbench.reader.detail('Source')).toHaveText(LOG_SOURCE);
});

test('the hypotheses and the tags manager ask before a half-typed entry is lost', async ({ workbench, page }) => {
  await page.getByRole('button', { name: 'Hypotheses', exact: true }).click();
  const hypotheses = page.getByRole('dialog', { name: 'Hypotheses', exact: true });
  const statement = hypotheses.getByRole('textbox', { name: 'New hypothesis' });
  await statement.fill('The fire was set on purpose');
  await expect(hypotheses).toHaveAttribute('data-dirty', 'true');
  await statement.press('Escape');
  await expect(discardPrompt(hypotheses)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(statement).toHaveValue('The fire was set on purpose');
  await statement.fill('');
  // The question is a form too.
  await hypotheses.getByRole('textbox', { name: 'Question' }).fill('What started the fire?');
  await page.mouse.click(5, 700);
  await expect(discardPrompt(hypotheses)).toBeVisible();
  await discardPrompt(hypotheses).getByRole('button', { name: 'Discard' }).click();
  await expect(hypotheses).toBeHidden();

  // Renaming a tag: Esc on a changed name asks instead of reverting it silently.
  const tags = await workbench.openTags();
  const rename = tags.root.getByRole('textbox', { name: 'Rename rumour', exact: true });
  await rename.fill('hearsay');
  await rename.press('Escape');
  const prompt = discardPrompt(tags.row('rumour'));
  await expect(prompt).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(rename).toHaveValue('hearsay');
  await expect(rename).toBeFocused();
  await rename.press('Escape');
  await prompt.getByRole('button', { name: 'Discard' }).click();
  await expect(rename).toHaveValue('rumour');
  await expect.poll(async () => (await tags.names()).sort()).toEqual(['fire', 'rumour', 'timeline']);

  // A clean tags manager closes at once; a half-typed new tag asks first.
  const newTag = tags.root.getByRole('textbox', { name: 'New tag' });
  await newTag.fill('arson');
  await newTag.press('Escape');
  await expect(discardPrompt(tags.root)).toBeVisible();
  await discardPrompt(tags.root).getByRole('button', { name: 'Discard' }).click();
  await expect(tags.root).toBeHidden();
  const reopened = await workbench.openTags();
  await page.keyboard.press('Escape');
  await expect(reopened.root).toBeHidden();
});
