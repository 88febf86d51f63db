// The choices of a rating cell, short enough for a matrix column and typeable from the keyboard
// (focus a cell and type I, II, C…), each with its full meaning for the tooltip and screen readers.
import { CONSISTENCY, CONSISTENCY_LABELS, RELEVANCE, RELEVANCE_LABELS, type Consistency } from '../../../api/ach.js';

export const NOT_RATED = '';

export const CONSISTENCY_OPTIONS: { value: Consistency | typeof NOT_RATED; label: string; title: string }[] = [
  { value: NOT_RATED, label: '·', title: 'Not rated' },
  ...CONSISTENCY.map((code) => ({ value: code, label: code, title: CONSISTENCY_LABELS[code] })),
];

export const RELEVANCE_OPTIONS = RELEVANCE.map((level) => ({ value: level, label: RELEVANCE_LABELS[level] }));

/** "H2" for the hypothesis in place 2: how the matrix, the brief and the CLI name columns. */
export function hypothesisLabel(position: number): string {
  return `H${position + 1}`;
}
