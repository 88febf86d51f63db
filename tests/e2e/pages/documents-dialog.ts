// Page object for the "Documents" view: the filters, the selection bar, the actions on the
// selected documents and the table (a grid: one row per document, a header row that sorts).
import { expect, type Locator, type Page } from '@playwright/test';
import { closeWithEscape } from '../support/dialogs.js';
import { chooseOption } from '../support/select.js';

export class DocumentsDialog {
  readonly root: Locator;
  readonly grid: Locator;
  /** The document rows in the DOM (the table is virtual: those in view and a few beyond). */
  readonly rows: Locator;
  /** "13 documents", or "3 documents selected of 13". */
  readonly count: Locator;
  readonly tagBox: Locator;
  readonly sourceBox: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Documents', exact: true });
    this.grid = this.root.getByRole('grid', { name: 'Documents', exact: true });
    this.rows = this.grid.getByRole('row').filter({ has: page.getByRole('gridcell') });
    this.count = this.root
      .getByRole('status')
      .filter({ hasText: /\bdocuments?\b/ })
      .first();
    this.tagBox = this.root.getByRole('combobox', { name: 'Tag to add or remove', exact: true });
    this.sourceBox = this.root.getByRole('textbox', { name: 'New source', exact: true });
  }

  /** Opens the view from the header. */
  static async open(page: Page): Promise<DocumentsDialog> {
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Documents', exact: true }).click();
    const dialog = new DocumentsDialog(page);
    await expect(dialog.root).toBeVisible();
    await expect(dialog.rows.first()).toBeVisible();
    return dialog;
  }

  columnHeader(name: string): Locator {
    return this.grid.getByRole('columnheader', { name, exact: true });
  }

  async sortBy(name: string): Promise<void> {
    await this.columnHeader(name).getByRole('button', { name, exact: true }).click();
  }

  /** The text of one column in every row shown, top to bottom. */
  async column(index: number): Promise<string[]> {
    return this.rows.evaluateAll((rows, i) => rows.map((row) => (row.querySelectorAll('[role="gridcell"]')[i]?.textContent ?? '').trim()), index);
  }

  async filterBySource(pattern: RegExp): Promise<void> {
    await chooseOption(this.root.getByRole('combobox', { name: 'Source', exact: true }), pattern);
  }

  /** Clicks row `index` (0 = the first shown), with Shift or Ctrl/Cmd held if asked. */
  async clickRow(index: number, modifiers: ('Shift' | 'ControlOrMeta')[] = []): Promise<void> {
    await this.rows.nth(index).getByRole('gridcell').nth(1).click({ modifiers });
  }

  async selected(): Promise<Locator> {
    return this.rows.and(this.grid.locator('[aria-selected="true"]'));
  }

  async close(): Promise<void> {
    await closeWithEscape(this.page, this.root);
  }
}
