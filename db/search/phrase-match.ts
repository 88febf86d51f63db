// Confirms quoted phrases against the stored text (lunr has no phrases): the phrase's words must
// appear consecutively and in order, ignoring case, punctuation and spacing between them.

export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Lower-cased, ё-folded, apostrophe-normalised words with their ranges. */
export function wordsOf(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    spans.push({ word: foldWord(match[0]), start, end: start + match[0].length });
  }
  return spans;
}

export function foldWord(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е').replace(/’/g, "'");
}

/** The phrase's own words, folded the same way. */
export function phraseWords(phrase: string): string[] {
  return wordsOf(phrase).map((span) => span.word);
}

/** [start, end) ranges in `text` where the phrase occurs. */
export function findPhrase(text: string, words: string[], spans: WordSpan[] = wordsOf(text)): [number, number][] {
  const found: [number, number][] = [];
  if (words.length === 0) return found;
  outer: for (let i = 0; i + words.length <= spans.length; i++) {
    for (let j = 0; j < words.length; j++) {
      if (spans[i + j]?.word !== words[j]) continue outer;
    }
    found.push([(spans[i] as WordSpan).start, (spans[i + words.length - 1] as WordSpan).end]);
  }
  return found;
}
