// Page object for the "New highlight" and "Edit highlight" dialogs: tags, note and the four
// assessments (source reliability, credibility, estimative probability, analytic confidence).
import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from '../support/select.js';

export interface HighlightFields {
  tags?: string[];
  note?: string;
  /** Matched against the option text, e.g. /^B\b/ or /Usually reliable/. */
  reliability?: RegExp;
  credibility?: RegExp;
  probability?: RegExp;
  confidence?: RegExp;
}

export class HighlightDialog {
  readonly root: Locator;
  readonly tags: Locator;
  readonly note: Locator;
  readonly reliability: Locator;
  readonly credibility: Locator;
  readonly probability: Locator;
  readonly confidence: Locator;
  readonly saveButton: Locator;
  readonly deleteButton: Locator;

  constructor(
    readonly page: Page,
    readonly mode: 'new' | 'edit',
  ) {
    this.root = page.getByRole('dialog', { name: mode === 'new' ? 'New highlight' : 'Edit highlight' });
    this.tags = this.root.getByRole('combobox', { name: 'Tags', exact: true });
    this.note = this.root.getByRole('textbox', { name: 'Note', exact: true });
    this.reliability = this.root.getByLabel('Reliability', { exact: true });
    this.credibility = this.root.getByLabel('Credibility', { exact: true });
    this.probability = this.root.getByLabel('Probability', { exact: true });
    this.confidence = this.root.getByLabel('Confidence', { exact: true });
    this.saveButton = this.root.getByRole('button', { name: mode === 'new' ? 'Save highlight' : 'Save changes' });
    this.deleteButton = this.root.getByRole('button', { name: 'Delete highlight' });
  }

  /** Adds a tag the way a person does: type it, press Enter. */
  async addTag(name: string): Promise<void> {
    await this.tags.fill(name);
    await this.tags.press('Enter');
    // The dialog must still be open: Enter in the tag field adds a tag, it does not submit.
    await expect(this.root).toBeVisible();
  }

  async fill(fields: HighlightFields): Promise<void> {
    for (const tag of fields.tags ?? []) await this.addTag(tag);
    if (fields.note !== undefined) await this.note.fill(fields.note);
    if (fields.reliability) await chooseOption(this.reliability, fields.reliability);
    if (fields.credibility) await chooseOption(this.credibility, fields.credibility);
    if (fields.probability) await chooseOption(this.probability, fields.probability);
    if (fields.confidence) await chooseOption(this.confidence, fields.confidence);
  }

  async save(): Promise<void> {
    await this.saveButton.click();
    await expect(this.root).toBeHidden();
  }
}
