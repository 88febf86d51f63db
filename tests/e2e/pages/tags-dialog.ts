// Page object for the "Tags" dialog: one row per tag with rename, colour, merge and delete controls.
import { expect, type Locator, type Page } from '@playwright/test';
import { closeWithEscape } from '../support/dialogs.js';
import { chooseOption } from '../support/select.js';

export class TagsDialog {
  readonly root: Locator;
  readonly renameBoxes: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Tags', exact: true });
    this.renameBoxes = this.root.getByRole('textbox', { name: /^Rename / });
  }

  /** The list item that holds the controls of one tag. */
  row(name: string): Locator {
    return this.root.getByRole('listitem').filter({ has: this.page.getByRole('textbox', { name: `Rename ${name}`, exact: true }) });
  }

  /** The names of the tags listed now, read from their rename boxes (wrap in expect.poll to wait). */
  async names(): Promise<string[]> {
    return this.renameBoxes.evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
  }

  async merge(source: string, target: string): Promise<void> {
    this.page.once('dialog', (dialog) => void dialog.accept());
    const row = this.row(source);
    await chooseOption(row.getByLabel(`Merge ${source} into`, { exact: true }), new RegExp(`^${target}\\b`));
    await row.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect(this.root.getByRole('textbox', { name: `Rename ${source}`, exact: true })).toHaveCount(0);
  }

  async close(): Promise<void> {
    await closeWithEscape(this.page, this.root);
  }
}
