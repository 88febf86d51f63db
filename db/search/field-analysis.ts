// Turns the text of one indexed field into what the index stores for it: its length in terms (for
// BM25) and each distinct term with the positions where it occurs. Positions count every word the
// tokenizer sees, stop words included, so a phrase's gaps survive dropping "the". The same
// tokenizer separator and pipeline as queries use (lunr-setup.ts), so a term always means the same.
import { createHash } from 'node:crypto';
import { GrowableNumbers } from '../growable-numbers.js';
import { lunr } from './lunr-setup.js';
import { termOfWord } from './word-terms.js';

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

/** Text is lower-cased and split this much at a time (cut at a word boundary). */
const CHUNK_CHARS = 64 * 1024;

export function textHash(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/**
 * Splits the text as lunr's tokenizer does (lower-cased, at its separator; empty pieces skipped)
 * and maps each word to its term (word-terms.ts), keeping for every kept word only its term's
 * number and its position: about 8 bytes a word. A 50 MB one-line file took 515 MB and 17 s
 * through lunr's own Tokens and a list of positions per term.
 */
export function analyseField(text: string): AnalysedField {
  const numbers = new Map<string, number>();
  const terms: string[] = [];
  const termOfToken = new GrowableNumbers(new Uint32Array(1024));
  const positionOfToken = new GrowableNumbers(new Uint32Array(1024));
  const separator = new RegExp(lunr.tokenizer.separator.source, 'g');
  let position = 0;
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + CHUNK_CHARS);
    if (end < text.length) {
      separator.lastIndex = end;
      end = separator.exec(text)?.index ?? text.length;
    }
    const chunk = text.slice(start, end).toLowerCase();
    separator.lastIndex = 0;
    let from = 0;
    for (;;) {
      const match = separator.exec(chunk);
      const to = match ? match.index : chunk.length;
      if (to > from) {
        const term = termOfWord(chunk.slice(from, to));
        if (term !== null) {
          let number = numbers.get(term);
          if (number === undefined) {
            number = terms.length;
            numbers.set(term, number);
            terms.push(term);
          }
          termOfToken.push(number);
          positionOfToken.push(position);
        }
        position += 1;
      }
      if (!match) break;
      from = match.index + match[0].length;
    }
    start = end;
  }
  // Group positions by term (a counting sort keeps each term's positions ascending).
  const length = termOfToken.length;
  const offsets = new Uint32Array(terms.length + 1);
  for (let i = 0; i < length; i++) offsets[(termOfToken.values[i] as number) + 1] = (offsets[(termOfToken.values[i] as number) + 1] as number) + 1;
  for (let t = 0; t < terms.length; t++) offsets[t + 1] = (offsets[t + 1] as number) + (offsets[t] as number);
  const next = offsets.slice(0, terms.length);
  const positions = new Uint32Array(length);
  for (let i = 0; i < length; i++) {
    const term = termOfToken.values[i] as number;
    positions[next[term] as number] = positionOfToken.values[i] as number;
    next[term] = (next[term] as number) + 1;
  }
  return { hash: textHash(text), length, terms, offsets, positions };
}
