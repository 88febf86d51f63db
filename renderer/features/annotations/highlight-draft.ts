// The editable part of a highlight (tags, note, the four assessments), how it is filled from an
// annotation, and the words each assessment is shown with.
import {
  CONFIDENCE,
  CONFIDENCE_LABELS,
  CREDIBILITY,
  CREDIBILITY_LABELS,
  PROBABILITY,
  PROBABILITY_LABELS,
  RELIABILITY,
  RELIABILITY_LABELS,
  type Assessments,
} from '../../../api/assessments.js';
import type { Annotation } from '../../../api/types.js';

export interface HighlightDraft extends Assessments {
  tags: string[];
  note: string;
}

export const EMPTY_DRAFT: HighlightDraft = { tags: [], note: '', reliability: null, credibility: null, probability: null, confidence: null };

export function draftOf(annotation: Annotation): HighlightDraft {
  const { tags, note, reliability, credibility, probability, confidence } = annotation;
  return { tags: [...tags], note, reliability, credibility, probability, confidence };
}

export type AssessmentKey = keyof Assessments;

export interface AssessmentField {
  key: AssessmentKey;
  label: string;
  options: { value: string; label: string }[];
}

/** The four selects, in the order analysts read them (Admiralty code first). */
export const ASSESSMENT_FIELDS: AssessmentField[] = [
  { key: 'reliability', label: 'Reliability', options: RELIABILITY.map((v) => ({ value: v, label: `${v} — ${RELIABILITY_LABELS[v]}` })) },
  { key: 'credibility', label: 'Credibility', options: CREDIBILITY.map((v) => ({ value: String(v), label: `${v} — ${CREDIBILITY_LABELS[v]}` })) },
  { key: 'probability', label: 'Probability', options: PROBABILITY.map((v) => ({ value: v, label: PROBABILITY_LABELS[v] })) },
  { key: 'confidence', label: 'Confidence', options: CONFIDENCE.map((v) => ({ value: v, label: CONFIDENCE_LABELS[v] })) },
];

/** Reads a select's string back into the typed assessment value ('' is "not assessed"). */
export function assessmentValue<K extends AssessmentKey>(key: K, raw: string): Assessments[K] | null {
  if (raw === '') return null;
  const field = ASSESSMENT_FIELDS.find((f) => f.key === key);
  if (!field?.options.some((o) => o.value === raw)) return null;
  return (key === 'credibility' ? Number(raw) : raw) as Assessments[K];
}

/** The assessments of an annotation in words, e.g. ["B2 — Usually reliable, Probably true", "Likely (55–80%)"]. */
export function assessmentWords(a: Assessments): string[] {
  const words: string[] = [];
  if (a.reliability && a.credibility !== null) {
    words.push(`${a.reliability}${a.credibility} — ${RELIABILITY_LABELS[a.reliability]}; ${CREDIBILITY_LABELS[a.credibility].toLowerCase()}`);
  } else if (a.reliability) {
    words.push(`${a.reliability} — ${RELIABILITY_LABELS[a.reliability]}`);
  } else if (a.credibility !== null) {
    words.push(`${a.credibility} — ${CREDIBILITY_LABELS[a.credibility]}`);
  }
  if (a.probability) words.push(PROBABILITY_LABELS[a.probability]);
  if (a.confidence) words.push(CONFIDENCE_LABELS[a.confidence]);
  return words;
}

export function sameDraft(a: HighlightDraft, b: HighlightDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
