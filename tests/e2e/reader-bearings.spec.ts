// The reader keeps its bearings (issue 10, part 2): a title bar that stays in sight however far the
// text is scrolled and after a jump from a note; overlapping highlights each reachable by mouse and
// keyboard; the tag suggestions closing once a tag is chosen; every tag colour of a highlight shown.
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, test } from './support/fixtures.js';
import { DEEP_PASSAGE, INNER, LOG_SOURCE, LOG_TITLE, MEMO_TITLE, OUTER, seedReader } from './support/reader-seed.js';
import { keepScreenshot } from './support/screens.js';

test.use({ viewport: { width: 1280, height: 720 } });

test.beforeEach(async ({ server, workbench, page }) => {
  await seedReader(server);
  await page.reload();
  await expect(workbench.searchbox).toBeEnabled({ timeout: 30_000 });
});

test('the title bar names the open document after scrolling far and after a jump from a note', async ({ workbench, page }, testInfo) => {
  const bar = workbench.reader.root.getByRole('region', { name: 'Open document' });

  await workbench.openDocument('harbour', LOG_TITLE);
  await expect(bar).toContainText(LOG_TITLE);
  await expect(bar).toContainText(LOG_SOURCE);
  await expect(bar).toContainText(/12 Mar(ch)? 2026/);

  // Far into the log: the heading has scrolled away, the bar has not.
  await workbench.reader.text.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect(workbench.reader.title).not.toBeInViewport();
  await expect(bar).toBeInViewport();
  await expect(bar).toContainText(LOG_TITLE);
  await keepScreenshot(page, testInfo, 'reader-title-bar');
  await page.emulateMedia({ colorScheme: 'dark' });
  await keepScreenshot(page, testInfo, 'reader-title-bar-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoSeriousViolations(page, testInfo, 'reader-title-bar');

  // Another document, then a jump from a note on the log: the bar follows to the log's passage.
  await workbench.openDocument('bravo', MEMO_TITLE);
  await expect(bar).toContainText(MEMO_TITLE);
  await expect(bar).toContainText('Desk memo');
  await workbench.notes.showScope('All documents');
  await workbench.notes.root.getByRole('button', { name: DEEP_PASSAGE }).click();
  await expect(workbench.reader.highlight(DEEP_PASSAGE)).toBeInViewport();
  await expect(workbench.reader.title).not.toBeInViewport();
  await expect(bar).toBeInViewport();
  await expect(bar).toContainText(LOG_TITLE);
  await expect(bar).toContainText(LOG_SOURCE);
  await expect(bar).toContainText(/12 Mar(ch)? 2026/);
});

test('overlapping highlights are each offered, by mouse and by keyboard', async ({ workbench, page }, testInfo) => {
  await workbench.openDocument('bravo', MEMO_TITLE);
  const chooser = page.getByRole('dialog', { name: 'Overlapping highlights' });
  const edit = workbench.highlightDialog('edit');
  const outerChoice = chooser.getByRole('button', { name: /bravo charlie delta.*tags: fire, timeline/ });
  const innerChoice = chooser.getByRole('button', { name: /delta echo.*tags: rumour/ });
  // Where the two overlap ("delta") the inner highlight's mark sits inside the outer one's.
  const overlap = workbench.reader.highlights.filter({ hasText: /^delta$/ });

  // Mouse: a click where they overlap offers both; each opens its own highlight.
  await overlap.click();
  await expect(chooser).toBeVisible();
  await expect(outerChoice).toBeVisible();
  await expect(innerChoice).toBeVisible();
  await keepScreenshot(page, testInfo, 'overlap-chooser');
  await page.emulateMedia({ colorScheme: 'dark' });
  await keepScreenshot(page, testInfo, 'overlap-chooser-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoSeriousViolations(page, testInfo, 'overlap-chooser');
  await innerChoice.click();
  await expect(edit.root).toBeVisible();
  await expect(edit.root.locator('blockquote')).toHaveText(INNER);
  await page.keyboard.press('Escape');
  await expect(edit.root).toBeHidden();

  await overlap.click();
  await outerChoice.click();
  await expect(edit.root.locator('blockquote')).toHaveText(OUTER);
  await page.keyboard.press('Escape');
  await expect(edit.root).toBeHidden();

  // Keyboard: Enter on the mark offers both; arrows move between them, Enter opens one.
  await overlap.focus();
  await page.keyboard.press('Enter');
  await expect(chooser).toBeVisible();
  await expect(outerChoice).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(innerChoice).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(edit.root.locator('blockquote')).toHaveText(INNER);
  await page.keyboard.press('Escape');
  await expect(edit.root).toBeHidden();

  await overlap.focus();
  await page.keyboard.press('Enter');
  await expect(outerChoice).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(edit.root.locator('blockquote')).toHaveText(OUTER);
  await page.keyboard.press('Escape');
  await expect(edit.root).toBeHidden();
  await expect(chooser).toBeHidden();
});

test('a highlight with two tags shows both colours, as two underlines', async ({ workbench }) => {
  await workbench.openDocument('bravo', MEMO_TITLE);
  const outer = workbench.reader.highlights.filter({ hasText: OUTER });
  await expect(outer).toHaveAttribute('data-tag-colors', '#56b4e9 #e69f00');
  const background = await outer.evaluate((element) => getComputedStyle(element).backgroundImage);
  expect(background).toContain('rgb(86, 180, 233)');
  expect(background).toContain('rgb(230, 159, 0)');
  await expect(outer).toHaveAttribute('title', 'Highlight: fire, timeline');
  // One tag: one colour, no stripes.
  const inner = workbench.reader.highlights.filter({ hasText: /^delta$/ });
  await expect(inner).not.toHaveAttribute('data-tag-colors');
  await expect(inner).toHaveAttribute('title', 'Highlight: rumour');
});

test('the tag suggestions close once a tag is chosen, by mouse or by keyboard', async ({ workbench, page }, testInfo) => {
  await workbench.openDocument('bravo', MEMO_TITLE);
  await workbench.reader.select('golf hotel');
  await workbench.reader.highlightSelection();
  const dialog = workbench.highlightDialog('new');
  const suggestions = dialog.root.getByRole('listbox', { name: 'Suggestions' });

  await dialog.tags.fill('ti');
  await expect(suggestions).toBeVisible();
  await suggestions.getByRole('option', { name: /timeline/ }).click();
  await expect(suggestions).toBeHidden();
  await expect(dialog.tags).toHaveAttribute('aria-expanded', 'false');
  await expect(dialog.root.getByRole('button', { name: 'Remove tag timeline' })).toBeVisible();

  await dialog.tags.fill('ru');
  await expect(suggestions).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(suggestions).toBeHidden();
  await expect(dialog.root.getByRole('button', { name: 'Remove tag rumour' })).toBeVisible();

  // Nothing covers the Note field now: a click reaches it.
  await dialog.note.click();
  await dialog.note.fill('Golf hotel: the last two words.');
  await keepScreenshot(page, testInfo, 'tag-suggestions-closed');
  await expectNoSeriousViolations(page, testInfo, 'new-highlight-tags');
  await dialog.save();
  await expect(workbench.reader.highlights.filter({ hasText: 'golf hotel' })).toHaveAttribute('data-tag-colors', /#/);
});
