// Validates what a door sends for an annotation: assessments against their vocabularies, the note,
// and tag names, with messages that list what is allowed.
import {
  CONFIDENCE,
  PROBABILITY,
  RELIABILITY,
  isConfidence,
  isCredibility,
  isProbability,
  isReliability,
  type Assessments,
} from '../api/assessments.js';
import type { AnnotationFilter } from '../api/types.js';
import type { AssessmentInput } from '../api/workbench-api.js';
import { WorkbenchError } from '../api/result.js';
import { normaliseTagName } from './tags.js';

export const MAX_NOTE_LENGTH = 100_000;

function invalid(message: string): never {
  throw new WorkbenchError('bad-input', message);
}

/** Only the assessments present in `input` (undefined = leave as is; null = clear). */
export function checkAssessments(input: AssessmentInput): Partial<Assessments> {
  const out: Partial<Assessments> = {};
  if (input.reliability !== undefined) {
    if (input.reliability !== null && !isReliability(input.reliability)) invalid(`Reliability must be one of ${RELIABILITY.join(', ')} (Admiralty scale)`);
    out.reliability = input.reliability;
  }
  if (input.credibility !== undefined) {
    if (input.credibility !== null && !isCredibility(input.credibility)) invalid('Credibility must be a number from 1 to 6 (Admiralty scale)');
    out.credibility = input.credibility;
  }
  if (input.probability !== undefined) {
    if (input.probability !== null && !isProbability(input.probability)) invalid(`Probability must be one of ${PROBABILITY.join(', ')} (ICD 203)`);
    out.probability = input.probability;
  }
  if (input.confidence !== undefined) {
    if (input.confidence !== null && !isConfidence(input.confidence)) invalid(`Confidence must be one of ${CONFIDENCE.join(', ')}`);
    out.confidence = input.confidence;
  }
  return out;
}

export function checkNote(note: unknown): string {
  if (typeof note !== 'string') invalid('A note must be text');
  if (note.length > MAX_NOTE_LENGTH) invalid(`A note can have at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters`);
  return note.normalize('NFC');
}

/** Clean, de-duplicated (case-insensitively) tag names. */
export function checkTags(tags: unknown): string[] {
  if (!Array.isArray(tags)) invalid('tags must be a list of names');
  const seen = new Map<string, string>();
  for (const tag of tags) {
    const name = normaliseTagName(tag);
    if (!seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
  return [...seen.values()];
}

export function checkFilter(filter: AnnotationFilter | undefined): AnnotationFilter {
  if (!filter) return {};
  checkAssessments(filter);
  if (filter.documentId !== undefined && !Number.isInteger(filter.documentId)) invalid('documentId must be a whole number');
  return filter;
}
