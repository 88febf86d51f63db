// Turns the text of one indexed field into what the index stores for it: its length in terms (for
// BM25) and each distinct term with the positions where it occurs. Positions count every word the
// tokenizer sees, stop words included, so a phrase's gaps survive dropping "the". The same lunr
// tokenizer and pipeline as queries use (lunr-setup.ts), so a term always means the same thing.
import { createHash } from 'node:crypto';
import { indexPipeline, lunr } from './lunr-setup.js';

export interface AnalysedField {
  /** sha1 of the text analysed: a write re-analyses only the fields whose text changed. */
  hash: string;
  /** Terms kept by the pipeline (lunr's field length). */
  length: number;
  /** Distinct terms, in first-seen order. */
  terms: string[];
  /** For terms[i]: positions[offsets[i]] … positions[offsets[i + 1] - 1], ascending. */
  offsets: Uint32Array;
  positions: Uint32Array;
}

// lunr 2.3.9: the tokenizer takes a second argument, metadata copied onto each token (@types/lunr omits it).
const tokenizeWith = lunr.tokenizer as unknown as (text: string, metadata: object) => lunr.Token[];

/** Text is tokenised and run through the pipeline this much at a time (cut at a word boundary). */
const CHUNK_CHARS = 64 * 1024;

export function textHash(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/**
 * Tokens are made a chunk at a time and dropped once their terms are counted, so a 50 MB one-line
 * file never holds a Token object per word (lunr's own tokenizer and pipeline made ~550 bytes each).
 */
export function analyseField(text: string): AnalysedField {
  const byTerm = new Map<string, number[]>();
  const separator = new RegExp(lunr.tokenizer.separator.source, 'g');
  let length = 0;
  let base = 0;
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + CHUNK_CHARS);
    if (end < text.length) {
      separator.lastIndex = end;
      end = separator.exec(text)?.index ?? text.length;
    }
    const tokens = tokenizeWith(text.slice(start, end), {});
    // lunr 2.3.9 internal (pinned exactly in package.json): metadata.index, the token's place among
    // the chunk's tokens before the pipeline drops any. Without it phrases could not be matched.
    for (const token of indexPipeline.run(tokens)) {
      const position = base + (token as unknown as { metadata: { index: number } }).metadata.index;
      const term = token.toString();
      const list = byTerm.get(term);
      if (list) list.push(position);
      else byTerm.set(term, [position]);
      length += 1;
    }
    base += tokens.length;
    start = end;
  }
  const terms = [...byTerm.keys()];
  const offsets = new Uint32Array(terms.length + 1);
  const positions = new Uint32Array(length);
  let at = 0;
  terms.forEach((term, i) => {
    offsets[i] = at;
    for (const position of byTerm.get(term) as number[]) positions[at++] = position;
  });
  offsets[terms.length] = at;
  return { hash: textHash(text), length, terms, offsets, positions };
}
