// Page object for the notes panel: the highlights of this document or of all documents, each with
// its quote and note, opened for editing from here.
import { expect, type Locator, type Page } from '@playwright/test';
import { HighlightDialog } from './highlight-dialog.js';

export class NotesPane {
  readonly root: Locator;
  readonly items: Locator;
  /** The list of notes (virtualised: only the notes in view are in it). */
  readonly list: Locator;
  /** "N notes". */
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Notes', exact: true });
    this.items = this.root.getByRole('listitem');
    this.list = this.root.getByRole('list', { name: 'Notes', exact: true });
    this.count = this.root.getByRole('status').filter({ hasText: /^\s*[\d,]+ notes?\s*$/ });
  }

  /** The note whose quote (the button that jumps to its passage) contains `quote`. */
  item(quote: string): Locator {
    return this.items.filter({ has: this.page.getByRole('button', { name: quote }) });
  }

  async showScope(scope: 'This document' | 'All documents'): Promise<void> {
    await this.root.getByRole('radio', { name: scope, exact: true }).check();
  }

  /** Opens a note for editing and returns the "Edit highlight" dialog. */
  async open(quote: string): Promise<HighlightDialog> {
    const item = this.item(quote);
    await expect(item).toBeVisible();
    await item.getByRole('button', { name: 'Edit', exact: true }).click();
    const dialog = new HighlightDialog(this.page, 'edit');
    await expect(dialog.root).toBeVisible();
    return dialog;
  }
}
