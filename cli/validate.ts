// Turns command-line strings into the contract's values ("very likely" → very-likely, "3" → 3) so a
// typo gets a message naming the flag and what is allowed. The rules themselves (vocabularies, real
// dates, colours) are the contract's (api/), called here, never written again.
import {
  CONFIDENCE,
  PROBABILITY,
  RELIABILITY,
  isConfidence,
  isCredibility,
  isProbability,
  isReliability,
  type Confidence,
  type Credibility,
  type Probability,
  type Reliability,
} from '../api/assessments.js';
import { isCalendarDate } from '../api/schemas/common.js';
import { ColorSchema } from '../api/schemas/tags.js';
import * as v from 'valibot';
import { CliError } from './errors.js';

export function positiveInteger(value: string, what: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new CliError(`${what} must be a positive whole number, not '${value}'.`);
  }
  return Number(value);
}

export function nonNegativeInteger(value: string, what: string): number {
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new CliError(`${what} must be a whole number (0 or more), not '${value}'.`);
  }
  return Number(value);
}

/** A real calendar date written YYYY-MM-DD. */
export function isoDate(value: string, what: string): string {
  if (!isCalendarDate(value)) {
    throw new CliError(`${what} must be a date written YYYY-MM-DD, not '${value}'.`);
  }
  return value;
}

export function nonEmpty(value: string, what: string): string {
  if (value.trim() === '') throw new CliError(`${what} must not be empty.`);
  return value;
}

export function reliability(value: string): Reliability {
  const upper = value.trim().toUpperCase();
  if (!isReliability(upper)) {
    throw new CliError(`--reliability must be one of ${RELIABILITY.join(', ')} (Admiralty source reliability), not '${value}'.`);
  }
  return upper;
}

export function credibility(value: string): Credibility {
  const number = /^\d$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!isCredibility(number)) {
    throw new CliError(`--credibility must be one of 1, 2, 3, 4, 5, 6 (Admiralty information credibility), not '${value}'.`);
  }
  return number;
}

export function probability(value: string): Probability {
  // Accept "very likely" and "Very_Likely" as well as the slug.
  const slug = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (!isProbability(slug)) {
    throw new CliError(`--probability must be one of ${PROBABILITY.join(', ')}, not '${value}'.`);
  }
  return slug;
}

export function confidence(value: string): Confidence {
  const lower = value.trim().toLowerCase();
  if (!isConfidence(lower)) {
    throw new CliError(`--confidence must be one of ${CONFIDENCE.join(', ')}, not '${value}'.`);
  }
  return lower;
}

/** #rrggbb; the # may be left out, since an unquoted # starts a comment in most shells. */
export function hexColor(value: string): string {
  const color = `#${value.trim().replace(/^#/, '').toLowerCase()}`;
  if (!v.is(ColorSchema, color)) {
    throw new CliError(`a colour must be written #rrggbb (e.g. '#e4572e'), not '${value}'.`);
  }
  return color;
}
