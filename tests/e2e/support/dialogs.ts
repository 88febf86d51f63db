// Closing a modal dialog with Escape. A dialog whose focused field is an open combobox (the Tags
// field) takes two presses: the first closes the suggestion list, as the ARIA combobox pattern asks.
import { expect, type Locator, type Page } from '@playwright/test';

export async function closeWithEscape(page: Page, dialog: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  if (await dialog.isVisible()) await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}
