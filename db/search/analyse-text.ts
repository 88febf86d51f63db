// Runs a text through the index pipeline while keeping each word's position, so the words that
// made a document match can be marked in snippets and in the reader.
import { indexPipeline, lunr } from './lunr-setup.js';

export interface AnalysedWord {
  /** The index term (trimmed, folded, stemmed). */
  term: string;
  start: number;
  end: number;
  /** The word's place among all the text's words, stop words included (as index positions count). */
  position: number;
}

const WORD_EDGE = /[\p{L}\p{N}]/u;

// Stemming dominates; the same words recur across documents, so remember them (bounded).
const termCache = new Map<string, string | null>();
const TERM_CACHE_LIMIT = 200_000;

function termOf(word: string): string | null {
  const cached = termCache.get(word);
  if (cached !== undefined) return cached;
  const [term] = indexPipeline.runString(word);
  const value = term ?? null;
  if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
  termCache.set(word, value);
  return value;
}

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
    const term = termOf(token.toString());
    if (term === null) continue;
    let start = position;
    let end = position + length;
    while (start < end && !WORD_EDGE.test(text[start] ?? '')) start++;
    while (end > start && !WORD_EDGE.test(text[end - 1] ?? '')) end--;
    if (end > start) words.push({ term, start, end, position: index });
  }
  return words;
}
