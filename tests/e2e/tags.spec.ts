// Tag management: two tags made while highlighting, merged in the "Tags" dialog into one.
import { expect, test } from './support/fixtures.js';
import { highlightPassage, openCourier, TIMELINE_FIELDS } from './support/flows.js';
import { PASSAGE, SECOND_PASSAGE } from './support/sample.js';

test('merging one tag into another moves its highlights', async ({ workbench }) => {
  await openCourier(workbench);
  await highlightPassage(workbench, PASSAGE, TIMELINE_FIELDS);
  // The second one by keyboard: select, then h.
  await highlightPassage(workbench, SECOND_PASSAGE, { tags: ['chronology'], note: 'Hospital staff: three dead, eleven admitted.' }, 'key');

  const tags = await workbench.openTags();
  // The dialog loads its list after it opens: wait for the two tags, do not read once.
  await expect.poll(async () => (await tags.names()).sort()).toEqual(['chronology', 'timeline']);
  await tags.merge('chronology', 'timeline');

  await expect.poll(() => tags.names()).toEqual(['timeline']);
  await expect(tags.row('timeline')).toContainText(/\b2\b/);
  await tags.close();
  await expect(workbench.notes.item(SECOND_PASSAGE)).toContainText('timeline');
  await expect(workbench.notes.item(SECOND_PASSAGE)).not.toContainText('chronology');
});
