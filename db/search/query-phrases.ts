// Finds the "quoted phrases" of a query, each with its optional field (`title:"…"`) and + or -,
// in one left-to-right pass. A regular expression with an optional field before the quote
// backtracks over every letter of a long word and took quadratic time (80,000 letters: 6 s).
import { analyseText } from './analyse-text.js';
import { badQuery, resolveField } from './query-fields.js';
import { phrasePattern, phraseWords } from './phrase-match.js';
import { lunr, type IndexField } from './lunr-setup.js';

/** An index term of a phrase and its place relative to the phrase's first indexed word. */
export interface PhraseTerm {
  term: string;
  offset: number;
}

export interface Phrase {
  text: string;
  words: string[];
  pattern: RegExp;
  /** Fields the phrase must occur in; null means title, body or notes. */
  fields: IndexField[] | null;
  prohibited: boolean;
  /** The phrase as the index sees it (stop words leave gaps); empty if every word is a stop word. */
  terms: PhraseTerm[];
  /** `"border troops"~5`: at most this many other words among the phrase's words, in any order. Null: in order, adjacent. */
  slop: number | null;
  /**
   * The phrase has words the index drops (stop words such as "said", "not", "the"): positions alone
   * cannot tell "the president said" from "a president, he said", so the documents that have the
   * indexed words at their places are then confirmed against the text, word for word.
   */
  checkText: boolean;
}

/** Fields a phrase is looked for in unless it names one. */
export const PHRASE_FIELDS: IndexField[] = ['title', 'body', 'notes'];

/** The largest proximity accepted (`"a b"~50`): a wider window is a search for both words anywhere. */
export const MAX_SLOP = 50;

/** The index terms of a phrase with their gaps, from the same analysis documents get. */
function phraseTerms(text: string): PhraseTerm[] {
  const words = analyseText(text);
  const first = words[0]?.position ?? 0;
  return words.map((word) => ({ term: word.term, offset: word.position - first }));
}

/** A `~N` right after the closing quote: the proximity and where the query goes on. */
function proximityAfter(text: string, close: number): { slop: number | null; next: number } {
  const match = /^~(\d*)/.exec(text.slice(close + 1, close + 12));
  if (!match) return { slop: null, next: close + 1 };
  const digits = match[1] ?? '';
  if (digits === '') badQuery('"~" after a phrase must be followed by a number of words, e.g. "border troops"~5');
  const slop = Number(digits);
  if (slop > MAX_SLOP) badQuery(`A phrase's words may be at most ${MAX_SLOP} words apart, e.g. "border troops"~10`);
  return { slop, next: close + 1 + match[0].length };
}

/** Each phrase reads the postings and positions of all its words, so a query holds only a few. */
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
    const { slop, next } = proximityAfter(text, close);
    const terms = phraseTerms(inner);
    phrases.push({
      text: inner,
      words,
      pattern: phrasePattern(words),
      fields: field ? [resolveField(field)] : null,
      prohibited: presence === '-',
      terms,
      slop,
      checkText: slop === null && lunr.tokenizer(inner).length > terms.length,
    });
    rest += `${text.slice(from, start)} `;
    from = next;
  }
  if (phrases.length > MAX_PHRASES) {
    badQuery(`A query may hold at most ${MAX_PHRASES} quoted phrases (this one has ${phrases.length}) — keep the ones that matter most`);
  }
  return { rest: rest + text.slice(from), phrases };
}
