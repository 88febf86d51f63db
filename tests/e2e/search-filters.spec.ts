// The search filters say what they do: "Has highlights" finds documents with any highlight, "Has
// notes" only those with written notes; and at the narrowest search pane the filters stack instead
// of cutting their words off ("All sour").
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, test } from './support/fixtures.js';
import { highlightPassage, openCourier } from './support/flows.js';
import { NORTHBRIDGE_TITLE, PASSAGE, PHRASE } from './support/sample.js';
import { keepScreenshot } from './support/screens.js';

test('"Has highlights" and "Has notes" are two filters, and the filters stack in a narrow pane', async ({ workbench, page }, testInfo) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const search = workbench.searchRegion;
  const hasHighlights = search.getByRole('checkbox', { name: 'Has highlights' });
  const hasNotes = search.getByRole('checkbox', { name: 'Has notes' });

  await test.step('one document with a noted highlight, another with a bare one', async () => {
    await openCourier(workbench);
    await highlightPassage(workbench, PASSAGE, { tags: ['timeline'], note: 'Army at the gate.' });
    await workbench.openDocument(`"${PHRASE}"`, NORTHBRIDGE_TITLE);
    await highlightPassage(workbench, PHRASE, { tags: ['timeline'] });
  });

  await test.step('each filter finds what its name says', async () => {
    await workbench.search(`"${PHRASE}"`);
    await workbench.expectResultCount(2);
    await hasHighlights.check();
    await workbench.expectResultCount(2);
    await hasNotes.check();
    await workbench.expectResultCount(1);
    await expect(workbench.resultItems.first()).not.toContainText(NORTHBRIDGE_TITLE);
    await hasHighlights.uncheck();
    await workbench.expectResultCount(1);
    await hasNotes.uncheck();
    await workbench.expectResultCount(2);
  });

  await test.step('at the narrowest pane, every filter shows its whole text', async () => {
    const separator = page.getByRole('separator', { name: 'Resize search pane' });
    await separator.focus();
    await separator.press('Home');
    const pane = await search.boundingBox();
    expect(pane, 'the search pane is on screen').not.toBeNull();
    for (const name of ['Source', 'Language', 'Tag']) {
      const control = search.getByRole('combobox', { name, exact: true });
      const box = await control.boundingBox();
      expect(box, name).not.toBeNull();
      // Inside the pane, not cut by its edge …
      expect(box!.x + box!.width, name).toBeLessThanOrEqual(pane!.x + pane!.width + 0.5);
      // … and wide enough for its longest option, however the pane is sized.
      const fits = await control.evaluate((select: HTMLSelectElement) => {
        const probe = document.createElement('span');
        probe.style.cssText = `position:absolute;visibility:hidden;white-space:nowrap;font:${getComputedStyle(select).font}`;
        probe.textContent = select.options[select.selectedIndex]?.text ?? '';
        document.body.append(probe);
        const needed = probe.getBoundingClientRect().width;
        probe.remove();
        return select.clientWidth >= needed;
      });
      expect(fits, `${name} shows its chosen option whole`).toBe(true);
    }
    for (const box of [await hasHighlights.boundingBox(), await hasNotes.boundingBox()]) {
      expect(box!.x + box!.width).toBeLessThanOrEqual(pane!.x + pane!.width + 0.5);
    }
    await keepScreenshot(page, testInfo, 'search-filters-narrow');
    await expectNoSeriousViolations(page, testInfo, 'search-filters-narrow', '#pane-search');
    await page.emulateMedia({ colorScheme: 'dark' });
    await keepScreenshot(page, testInfo, 'search-filters-narrow-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
