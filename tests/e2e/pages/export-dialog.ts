// Page object for the "Export notes" dialog: pick a format, read the preview, download the file.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { closeWithEscape } from '../support/dialogs.js';
import { chooseOption } from '../support/select.js';

export type ExportFormat = 'Markdown' | 'CSV' | 'JSON';

export interface DownloadedFile {
  name: string;
  /** Raw bytes decoded as UTF-8 with any BOM kept, so a test can check for it. */
  text: string;
}

export class ExportDialog {
  readonly root: Locator;
  readonly format: Locator;
  readonly preview: Locator;
  readonly downloadButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Export notes' });
    this.format = this.root.getByLabel('Format', { exact: true });
    this.preview = this.root.getByRole('region', { name: 'Preview' });
    this.downloadButton = this.root.getByRole('button', { name: 'Download' });
  }

  async choose(format: ExportFormat): Promise<void> {
    await chooseOption(this.format, new RegExp(`^${format}\\b`, 'i'));
  }

  /** Clicks Download and returns the file the browser saved. */
  async download(): Promise<DownloadedFile> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.downloadButton.click()]);
    const path = await download.path();
    const bytes = await readFile(path);
    return { name: download.suggestedFilename(), text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
  }

  async close(): Promise<void> {
    await closeWithEscape(this.page, this.root);
  }
}
