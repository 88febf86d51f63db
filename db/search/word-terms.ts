// The index term of one word as lunr's tokenizer cut it (lower-cased): trimmed, folded, stemmed,
// or null for a stop word. The pipeline is the costliest step of indexing and words recur, so
// each word's term is remembered (bounded). Every step of the pipeline looks at one token alone,
// which is what makes a per-word answer the same as running the pipeline over the whole text.
import { indexPipeline } from './lunr-setup.js';

const terms = new Map<string, string | null>();
const LIMIT = 200_000;

export function termOfWord(word: string): string | null {
  const cached = terms.get(word);
  if (cached !== undefined) return cached;
  const [term] = indexPipeline.runString(word);
  const value = term ?? null;
  if (terms.size >= LIMIT) terms.clear();
  terms.set(word, value);
  return value;
}
