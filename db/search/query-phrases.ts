// Finds the "quoted phrases" of a query, each with its optional field (`title:"…"`) and + or -,
// in one left-to-right pass. A regular expression with an optional field before the quote
// backtracks over every letter of a long word and took quadratic time (80,000 letters: 6 s).
import { badQuery, resolveField } from './query-fields.js';
import { phrasePattern, phraseWords } from './phrase-match.js';
import type { IndexField } from './lunr-setup.js';

export interface Phrase {
  text: string;
  words: string[];
  pattern: RegExp;
  /** Fields the phrase must occur in; null means title, body or notes. */
  fields: IndexField[] | null;
  prohibited: boolean;
}

/** Each phrase is confirmed by scanning the stored text of every candidate, so a query holds only a few. */
export const MAX_PHRASES = 20;

const FIELD_CHAR = /^[\p{L}_]$/u;

/** Code units (1, or 2 for a surrogate pair) of the letter or underscore just before `end`; 0 if there is none. */
function fieldCharBefore(text: string, end: number): number {
  if (end <= 0) return 0;
  const last = text.charCodeAt(end - 1);
  const high = end >= 2 ? text.charCodeAt(end - 2) : 0;
  const length = last >= 0xdc00 && last <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
  return FIELD_CHAR.test(text.slice(end - length, end)) ? length : 0;
}

interface Prefix {
  start: number;
  field: string | undefined;
  presence: string;
}

/** The `+`/`-` and `field:` written right before the quote at `open`, not reaching back before `floor`. */
function prefixOf(text: string, open: number, floor: number): Prefix {
  let start = open;
  let field: string | undefined;
  if (open - 1 > floor && text[open - 1] === ':') {
    let nameStart = open - 1;
    for (let width = fieldCharBefore(text, nameStart); width > 0 && nameStart - width >= floor; width = fieldCharBefore(text, nameStart)) nameStart -= width;
    if (nameStart < open - 1) {
      field = text.slice(nameStart, open - 1);
      start = nameStart;
    }
  }
  const sign = text[start - 1];
  if (start > floor && (sign === '+' || sign === '-')) return { start: start - 1, field, presence: sign };
  return { start, field, presence: '' };
}

/** The query without its phrases (each replaced by a space), and the phrases; an unclosed quote is refused. */
export function extractPhrases(text: string): { rest: string; phrases: Phrase[] } {
  const phrases: Phrase[] = [];
  let rest = '';
  let from = 0;
  for (let open = text.indexOf('"'); open >= 0; open = text.indexOf('"', from)) {
    const close = text.indexOf('"', open + 1);
    if (close < 0) badQuery('Unclosed quote — add the closing " to search for a phrase');
    const { start, field, presence } = prefixOf(text, open, from);
    const inner = text.slice(open + 1, close);
    const words = phraseWords(inner);
    if (words.length === 0) badQuery('An empty phrase "" matches nothing — put words between the quotes');
    phrases.push({ text: inner, words, pattern: phrasePattern(words), fields: field ? [resolveField(field)] : null, prohibited: presence === '-' });
    rest += `${text.slice(from, start)} `;
    from = close + 1;
  }
  if (phrases.length > MAX_PHRASES) {
    badQuery(`A query may hold at most ${MAX_PHRASES} quoted phrases (this one has ${phrases.length}) — keep the ones that matter most`);
  }
  return { rest: rest + text.slice(from), phrases };
}
