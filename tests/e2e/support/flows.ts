// Multi-step user journeys shared by several specs: open the Courier article, highlight a passage.
import { expect } from '@playwright/test';
import type { HighlightFields } from '../pages/highlight-dialog.js';
import type { WorkbenchPage } from '../pages/workbench-page.js';
import { COURIER_TITLE } from './sample.js';

export const TIMELINE_FIELDS: HighlightFields = {
  tags: ['timeline'],
  note: 'Army, not National Guard, held the gate; contradicts the ministry.',
  reliability: /^B\b/,
  credibility: /^2\b/,
  probability: /^Likely\b/,
  confidence: /^Moderate\b/i,
};

/** Loads the sample corpus and opens the Marensk Courier article in the reader. */
export async function openCourier(workbench: WorkbenchPage): Promise<void> {
  await workbench.loadSample();
  await workbench.openDocument('Marensk Courier lorries', COURIER_TITLE);
}

/**
 * Selects `phrase` in the reader, fills the "New highlight" dialog and saves it, then waits for the
 * saved highlight's mark, so the repaint it causes is over before anything selects again.
 */
export async function highlightPassage(workbench: WorkbenchPage, phrase: string, fields: HighlightFields, via: 'button' | 'key' = 'button'): Promise<void> {
  await workbench.reader.select(phrase);
  await workbench.reader.highlightSelection(via);
  const dialog = workbench.highlightDialog('new');
  await dialog.fill(fields);
  await dialog.save();
  await expect(workbench.reader.highlight(phrase)).toBeVisible();
}
