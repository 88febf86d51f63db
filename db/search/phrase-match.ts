// Confirms quoted phrases against the stored text (lunr has no phrases): the phrase's words must
// appear consecutively and in order, ignoring case, punctuation and spacing between them. One
// compiled regular expression per phrase scans a body in a single pass. Words are folded by the
// same function as index terms (fold-text.ts), so a phrase finds what its words find as terms.
import { APOSTROPHES, foldedCharPattern, foldSearchText } from './fold-text.js';

const WORD = new RegExp(`[\\p{L}\\p{N}]+(?:[${APOSTROPHES}][\\p{L}\\p{N}]+)*`, 'gu');

/** The phrase's own words, folded as index terms are (lower case, ё → е, one apostrophe). */
export function phraseWords(phrase: string): string[] {
  return [...phrase.matchAll(WORD)].map((match) => foldSearchText(match[0]));
}

/** Matches the words in order, in any spelling that folds to them, separated by anything that is not a letter or digit. */
export function phrasePattern(words: string[]): RegExp {
  const body = words.map((word) => [...word].map(foldedCharPattern).join('')).join('[^\\p{L}\\p{N}]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

/** [start, end) ranges in `text` where the phrase occurs. */
export function findPhrase(text: string, pattern: RegExp): [number, number][] {
  const found: [number, number][] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push([match.index, match.index + match[0].length]);
  }
  return found;
}

/** Whether the phrase occurs at all (stops at the first match). */
export function hasPhrase(text: string, pattern: RegExp): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}
