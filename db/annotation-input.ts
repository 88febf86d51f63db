// Normalises what a door sends for an annotation, after the contract has checked it
// (api/schemas/annotations.ts): the assessments actually given, the note in NFC, and tag names
// cleaned and de-duplicated regardless of case.
import type { Assessments } from '../api/assessments.js';
import type { AssessmentInput } from '../api/workbench-api.js';
import { normaliseTagName } from './tags.js';

/** Only the assessments present in `input` (undefined = leave as is; null = clear). */
export function assessmentsIn(input: AssessmentInput): Partial<Assessments> {
  const out: Partial<Assessments> = {};
  if (input.reliability !== undefined) out.reliability = input.reliability;
  if (input.credibility !== undefined) out.credibility = input.credibility;
  if (input.probability !== undefined) out.probability = input.probability;
  if (input.confidence !== undefined) out.confidence = input.confidence;
  return out;
}

export function normaliseNote(note: string): string {
  return note.normalize('NFC');
}

/** Clean tag names, the first spelling kept when two differ only in case. */
export function normaliseTags(tags: string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags) {
    const name = normaliseTagName(tag);
    if (!seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
  return [...seen.values()];
}
