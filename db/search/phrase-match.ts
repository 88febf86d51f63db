// Confirms quoted phrases against the stored text (lunr has no phrases): the phrase's words must
// appear consecutively and in order, ignoring case, punctuation and spacing between them. One
// compiled regular expression per phrase scans a body in a single pass.

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

export function foldWord(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е').replace(/’/g, "'");
}

/** The phrase's own words, lower-cased with ё and apostrophes folded. */
export function phraseWords(phrase: string): string[] {
  return [...phrase.matchAll(WORD)].map((match) => foldWord(match[0]));
}

function letterPattern(char: string): string {
  if (char === 'е') return '[её]';
  if (char === "'") return "['’]";
  return char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches the words in order, separated by anything that is not a letter or digit. */
export function phrasePattern(words: string[]): RegExp {
  const body = words.map((word) => [...word].map(letterPattern).join('')).join('[^\\p{L}\\p{N}]+');
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
