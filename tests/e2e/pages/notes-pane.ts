// Page object for the notes panel: the highlights of this document or of all documents, each with
// its quote and note, opened for editing from here.
import { expect, type Locator, type Page } from '@playwright/test';
import { HighlightDialog } from './highlight-dialog.js';

export class NotesPane {
  readonly root: Locator;
  readonly items: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Notes', exact: true }).or(page.getByRole('complementary', { name: 'Notes', exact: true }));
    this.items = this.root.getByRole('listitem').or(this.root.getByRole('article'));
  }

  /** The note whose quote contains `quote`. */
  item(quote: string): Locator {
    return this.items.filter({ hasText: quote }).first();
  }

  async showScope(scope: 'This document' | 'All documents'): Promise<void> {
    const control = this.root
      .getByRole('radio', { name: scope })
      .or(this.root.getByRole('tab', { name: scope }))
      .or(this.root.getByRole('button', { name: scope }))
      .first();
    await control.click();
  }

  /** Opens a note for editing and returns the "Edit highlight" dialog. */
  async open(quote: string): Promise<HighlightDialog> {
    const item = this.item(quote);
    await expect(item).toBeVisible();
    const edit = item.getByRole('button', { name: /^(edit|open)\b/i });
    if ((await edit.count()) > 0) await edit.first().click();
    else await item.getByText(quote).first().click();
    const dialog = new HighlightDialog(this.page, 'edit');
    await expect(dialog.root).toBeVisible();
    return dialog;
  }
}
