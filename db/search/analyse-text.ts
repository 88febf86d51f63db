// Runs a text through the index pipeline while keeping each word's position, so the words that
// made a document match can be marked in snippets and in the reader.
import { lunr } from './lunr-setup.js';
import { termOfWord } from './word-terms.js';

export interface AnalysedWord {
  /** The index term (trimmed, folded, stemmed). */
  term: string;
  start: number;
  end: number;
  /** The word's place among all the text's words, stop words included (as index positions count). */
  position: number;
}

const WORD_EDGE = /[\p{L}\p{N}]/u;

/** Every indexed word of `text` with its [start, end) range, trimmed to letters and digits. */
export function analyseText(text: string): AnalysedWord[] {
  const words: AnalysedWord[] = [];
  for (const token of lunr.tokenizer(text)) {
    // lunr 2.3.9 internal (pinned exactly in package.json): the tokenizer's metadata.position,
    // [start, length] in `text`, and metadata.index, the token's number. Without them no match could
    // be marked in snippets or the reader.
    const {
      position: [position, length],
      index,
    } = (token as unknown as { metadata: { position: [number, number]; index: number } }).metadata;
    const term = termOfWord(token.toString());
    if (term === null) continue;
    let start = position;
    let end = position + length;
    while (start < end && !WORD_EDGE.test(text[start] ?? '')) start++;
    while (end > start && !WORD_EDGE.test(text[end - 1] ?? '')) end--;
    if (end > start) words.push({ term, start, end, position: index });
  }
  return words;
}
