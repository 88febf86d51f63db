// The analyst's core loop: open a result, highlight a passage with assessments, see it in the notes
// panel, edit it, and find it unchanged after a reload.
import { expect, test } from './support/fixtures.js';
import { highlightPassage, TIMELINE_FIELDS } from './support/flows.js';
import { COURIER_TITLE, PASSAGE, PHRASE } from './support/sample.js';

test('highlight a passage, edit it in the notes panel, and keep it across a reload', async ({ workbench, page }) => {
  await workbench.loadSample();
  await workbench.search(`"${PHRASE}"`);
  await workbench.expectResultCount(2);

  // Open with the keyboard: Enter on the focused result title.
  await workbench.resultTitle(COURIER_TITLE).focus();
  await page.keyboard.press('Enter');
  await expect(workbench.reader.title).toHaveText(COURIER_TITLE);

  await highlightPassage(workbench, PASSAGE, TIMELINE_FIELDS);
  await expect(workbench.reader.highlights).toHaveCount(1);
  await expect(workbench.reader.highlights.first()).toHaveText(PASSAGE);

  // The notes panel lists it, with its note and tag.
  const note = workbench.notes.item(PASSAGE);
  await expect(note).toBeVisible();
  await expect(note).toContainText(TIMELINE_FIELDS.note ?? '');
  await expect(note).toContainText('timeline');

  // Edit the note.
  const edited = 'Edited: the army held the gate from about 02:05 to 02:45.';
  const dialog = await workbench.notes.open(PASSAGE);
  await expect(dialog.note).toHaveValue(TIMELINE_FIELDS.note ?? '');
  await expect(dialog.reliability).toHaveValue(/B/);
  await dialog.note.fill(edited);
  await dialog.save();
  await expect(workbench.notes.item(PASSAGE)).toContainText(edited);

  // After a reload, reopen the document: the highlight and the edited note are still there.
  await page.reload();
  await expect(workbench.searchbox).toBeVisible();
  await workbench.openDocument(`"${PHRASE}"`, COURIER_TITLE);
  await expect(workbench.reader.highlights.first()).toHaveText(PASSAGE);
  await expect(workbench.notes.item(PASSAGE)).toContainText(edited);
});
