// The analytic vocabularies an annotation can carry: Admiralty/NATO source reliability and
// information credibility, ICD 203 estimative probability, and analytic confidence.
// Pure data so every door (CLI, web host, desktop UI) validates and labels them the same way.

export const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITY)[number];

export const RELIABILITY_LABELS: Record<Reliability, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

export const CREDIBILITY = [1, 2, 3, 4, 5, 6] as const;
export type Credibility = (typeof CREDIBILITY)[number];

export const CREDIBILITY_LABELS: Record<Credibility, string> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

/** ICD 203 estimative language, as slugs, from least to most likely. */
export const PROBABILITY = ['almost-no-chance', 'very-unlikely', 'unlikely', 'roughly-even-chance', 'likely', 'very-likely', 'almost-certain'] as const;
export type Probability = (typeof PROBABILITY)[number];

export const PROBABILITY_LABELS: Record<Probability, string> = {
  'almost-no-chance': 'Almost no chance (01–05%)',
  'very-unlikely': 'Very unlikely (05–20%)',
  unlikely: 'Unlikely (20–45%)',
  'roughly-even-chance': 'Roughly even chance (45–55%)',
  likely: 'Likely (55–80%)',
  'very-likely': 'Very likely (80–95%)',
  'almost-certain': 'Almost certain (95–99%)',
};

export const CONFIDENCE = ['low', 'moderate', 'high'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  low: 'Low confidence',
  moderate: 'Moderate confidence',
  high: 'High confidence',
};

/** The four optional assessments; null means "not assessed". */
export interface Assessments {
  reliability: Reliability | null;
  credibility: Credibility | null;
  probability: Probability | null;
  confidence: Confidence | null;
}

export function isReliability(value: unknown): value is Reliability {
  return typeof value === 'string' && (RELIABILITY as readonly string[]).includes(value);
}

export function isCredibility(value: unknown): value is Credibility {
  return typeof value === 'number' && (CREDIBILITY as readonly number[]).includes(value);
}

export function isProbability(value: unknown): value is Probability {
  return typeof value === 'string' && (PROBABILITY as readonly string[]).includes(value);
}

export function isConfidence(value: unknown): value is Confidence {
  return typeof value === 'string' && (CONFIDENCE as readonly string[]).includes(value);
}
