// The assessments of a highlight as one line of words for a written brief, e.g.
// "Source reliability: B — Usually reliable · Credibility: 2 — Probably true · …".
import { CREDIBILITY_LABELS, PROBABILITY_LABELS, RELIABILITY_LABELS, type Assessments } from '../../api/assessments.js';

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The assessed ones only, joined with " · "; empty when nothing was assessed. */
export function assessmentWords(a: Assessments): string {
  const parts: string[] = [];
  if (a.reliability !== null) parts.push(`Source reliability: ${a.reliability} — ${RELIABILITY_LABELS[a.reliability]}`);
  if (a.credibility !== null) parts.push(`Credibility: ${a.credibility} — ${CREDIBILITY_LABELS[a.credibility]}`);
  // Estimative terms read as part of a sentence ("likely (55–80%)"), hence the lower case.
  if (a.probability !== null) parts.push(`Probability: ${lowerFirst(PROBABILITY_LABELS[a.probability])}`);
  if (a.confidence !== null) parts.push(`Confidence: ${a.confidence}`);
  return parts.join(' · ');
}
