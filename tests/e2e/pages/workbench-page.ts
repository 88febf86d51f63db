// Page object for the whole workbench: the first-run screen, the search column and its results,
// and the buttons that open the other panes and dialogs. Selects by role and accessible name only.
import { expect, type Locator, type Page } from '@playwright/test';
import { ExportDialog } from './export-dialog.js';
import { HighlightDialog } from './highlight-dialog.js';
import { NotesPane } from './notes-pane.js';
import { ReaderPane } from './reader-pane.js';
import { TagsDialog } from './tags-dialog.js';

export class WorkbenchPage {
  readonly searchRegion: Locator;
  readonly searchbox: Locator;
  readonly results: Locator;
  readonly resultItems: Locator;
  readonly resultCount: Locator;
  /** "Compact": one line per result; pressed when on. */
  readonly compactToggle: Locator;
  readonly alert: Locator;
  readonly loadSampleButton: Locator;
  readonly reader: ReaderPane;
  readonly notes: NotesPane;

  constructor(readonly page: Page) {
    this.searchRegion = page.getByRole('region', { name: 'Search', exact: true });
    this.searchbox = page.getByRole('searchbox', { name: 'Search', exact: true });
    this.results = page.getByRole('list', { name: 'Results', exact: true });
    this.resultItems = this.results.getByRole('listitem');
    // Counts of a thousand or more are written with separators: "1,000 results".
    this.resultCount = this.searchRegion.getByRole('status').filter({ hasText: /^\s*(\d[\d,]*|No) results?\b/ });
    this.compactToggle = this.searchRegion.getByRole('button', { name: 'Compact', exact: true });
    this.alert = page.getByRole('alert');
    this.loadSampleButton = page.getByRole('button', { name: 'Load sample corpus' });
    this.reader = new ReaderPane(page);
    this.notes = new NotesPane(page);
  }

  /** First run: an empty workspace offers the sample corpus. The first paint loads the UI and reads the
   * workspace, which takes longer than one step on a busy machine. */
  async expectFirstRun(): Promise<void> {
    await expect(this.loadSampleButton).toBeVisible({ timeout: 30_000 });
  }

  /** Loads the sample corpus from the first-run screen and waits until it is searchable. */
  async loadSample(): Promise<void> {
    await this.expectFirstRun();
    await this.loadSampleButton.click();
    await expect(this.loadSampleButton).toBeHidden({ timeout: 60_000 });
    await expect(this.searchbox).toBeEnabled();
  }

  /** Types a query and submits it with Enter. */
  async search(query: string): Promise<void> {
    await this.searchbox.fill(query);
    await this.searchbox.press('Enter');
  }

  /** Waits for "N results" and for N rows: for lists short enough to be all in view (the list is virtualised). */
  async expectResultCount(count: number): Promise<void> {
    await expect(this.resultCount).toHaveText(new RegExp(`^\\s*${count} results?\\b`));
    await expect(this.resultItems).toHaveCount(count);
  }

  /** A result's title: the button, named by the document's title, that opens it. */
  resultTitle(title: string | RegExp): Locator {
    return this.results.getByRole('button', { name: title });
  }

  /** Opens a result by clicking its title and waits for the reader to show it. */
  async openResult(title: string | RegExp): Promise<void> {
    await this.resultTitle(title).click();
    await expect(this.reader.title).toHaveText(title);
  }

  /** Searches and opens the one result whose title matches. */
  async openDocument(query: string, title: string | RegExp): Promise<void> {
    await this.search(query);
    await expect(this.resultTitle(title)).toBeVisible();
    await this.openResult(title);
  }

  async openExport(): Promise<ExportDialog> {
    await this.page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = new ExportDialog(this.page);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  async openTags(): Promise<TagsDialog> {
    await this.page.getByRole('button', { name: 'Manage tags' }).click();
    const dialog = new TagsDialog(this.page);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  /** The highlight dialog in either mode: "New highlight" or "Edit highlight". */
  highlightDialog(mode: 'new' | 'edit'): HighlightDialog {
    return new HighlightDialog(this.page, mode);
  }

  get shortcutsDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  }
}
