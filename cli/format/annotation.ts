// Renders annotations, their assessments and their history for a terminal.
import { CONFIDENCE_LABELS, CREDIBILITY_LABELS, PROBABILITY_LABELS, RELIABILITY_LABELS, type Assessments } from '../../api/assessments.js';
import type { Annotation, AnnotationHistoryEntry } from '../../api/types.js';
import { excerpt, plural, quoted } from './text.js';

/** Compact: "B2 · likely · moderate confidence", or "" when nothing is assessed. */
export function assessmentSummary(a: Assessments): string {
  const parts: string[] = [];
  if (a.reliability !== null || a.credibility !== null) parts.push(`${a.reliability ?? '-'}${a.credibility ?? '-'}`);
  if (a.probability !== null) parts.push(a.probability);
  if (a.confidence !== null) parts.push(`${a.confidence} confidence`);
  return parts.join(' · ');
}

/** One line per assessment, with the labels an analyst reads in a report. */
export function assessmentLines(a: Assessments): string[] {
  const lines: string[] = [];
  if (a.reliability !== null) lines.push(`Reliability: ${a.reliability} (${RELIABILITY_LABELS[a.reliability]})`);
  if (a.credibility !== null) lines.push(`Credibility: ${a.credibility} (${CREDIBILITY_LABELS[a.credibility]})`);
  if (a.probability !== null) lines.push(`Probability: ${PROBABILITY_LABELS[a.probability]}`);
  if (a.confidence !== null) lines.push(`Confidence: ${CONFIDENCE_LABELS[a.confidence]}`);
  return lines;
}

/** The full view printed after creating an annotation. */
export function formatAnnotation(a: Annotation): string {
  const lines = [`Annotation ${a.id} on document #${a.documentId} [${a.start}–${a.end}]`, `  ${quoted(a.exact, 200)}`];
  if (a.tags.length > 0) lines.push(`  Tags: ${a.tags.join(', ')}`);
  for (const line of assessmentLines(a)) lines.push(`  ${line}`);
  if (a.note.trim() !== '') lines.push(`  Note: ${excerpt(a.note, 200)}`);
  return lines.join('\n');
}

/** Two or three lines per annotation, for lists. */
export function formatAnnotationList(list: Annotation[]): string {
  if (list.length === 0) return 'No annotations match.';
  const blocks = list.map((a) => {
    const facts = [`#${a.documentId}`, assessmentSummary(a), a.tags.length > 0 ? `[${a.tags.join(', ')}]` : ''].filter((part) => part !== '').join('  ');
    const lines = [`${a.id}  ${facts}`, `    ${quoted(a.exact)}`];
    if (a.note.trim() !== '') lines.push(`    note: ${excerpt(a.note)}`);
    return lines.join('\n');
  });
  return `${blocks.join('\n')}\n${plural(list.length, 'annotation')}`;
}

export function formatHistory(id: string, entries: AnnotationHistoryEntry[]): string {
  if (entries.length === 0) return `No history for annotation ${id}.`;
  const lines = [`History of annotation ${id}`];
  for (const entry of entries) {
    const s = entry.snapshot;
    const facts = [assessmentSummary(s), s.tags.length > 0 ? `[${s.tags.join(', ')}]` : ''].filter((p) => p !== '').join('  ');
    lines.push(`${entry.at}  ${entry.action}  ${quoted(s.exact, 60)}${facts ? `  ${facts}` : ''}`);
    if (s.note.trim() !== '') lines.push(`    note: ${excerpt(s.note)}`);
  }
  return lines.join('\n');
}
