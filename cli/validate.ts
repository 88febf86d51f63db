// Checks values at the door so a typo gets a message naming what is allowed; the core still
// validates everything (a rule written twice is a bug, so these only check shape).
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
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) {
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
  const slug = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
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
  const hex = value.trim().replace(/^#/, '');
  if (!/^[0-9a-fA-F]{6}$/.test(hex)) {
    throw new CliError(`a colour must be written #rrggbb (e.g. '#e4572e'), not '${value}'.`);
  }
  return `#${hex.toLowerCase()}`;
}
