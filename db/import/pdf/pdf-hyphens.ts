// Joins the lines of a paragraph back into running text: a word hyphenated at a line end is made
// whole again ("infor-" + "mation"), while a hyphen that belongs to the word stays ("pro-" +
// "Russian", "thirty-" + "five" when the document writes "thirty-five" elsewhere).

/** Whether a word (or hyphenated compound) is written out within a line somewhere in the document. */
export interface Vocabulary {
  has(word: string): boolean;
}

const LETTER = /[\p{L}\p{M}]/u;

/**
 * The document's words, looked up on demand: only the few words broken at line ends are ever
 * asked about, so searching the text for them beats listing every word of a long document.
 */
export function vocabularyOf(lines: Iterable<string>): Vocabulary {
  const text = [...lines].join('\n').toLowerCase().replace(/‐/g, '-');
  const known = new Map<string, boolean>();
  const occurs = (word: string): boolean => {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + word.length] ?? ' ';
      if (!LETTER.test(before) && before !== '-' && !LETTER.test(after) && after !== '-') return true;
    }
    return false;
  };
  return {
    has(word: string): boolean {
      const key = word.toLowerCase();
      let found = known.get(key);
      if (found === undefined) known.set(key, (found = occurs(key)));
      return found;
    },
  };
}

// First parts that are whole words joined by a hyphen far more often than hyphenation fragments.
const COMPOUND_FIRST = new Set(['self', 'well', 'non', 'anti', 'quasi', 'pseudo', 'vice', 'neo', 'semi', 'экс', 'вице', 'лже', 'контр']);
// Particles always written with a hyphen: "кто-либо", "как-нибудь", "все-таки", "будь-який".
const HYPHEN_PARTICLES = new Set(['либо', 'нибудь', 'небудь', 'таки', 'будь']);

// The end of a line that may be a word broken by hyphenation: letters, then a hyphen.
const BROKEN_WORD = /([\p{L}\p{M}]+)[-‐]$/u;
const LEADING_WORD = /^[\p{L}\p{M}]+/u;

/** Whether `fragment-` at a line end and `rest` at the next line's start are one word broken in two. */
export function isBrokenWord(fragment: string, rest: string, vocabulary: Vocabulary): boolean {
  const compound = `${fragment}-${rest}`.toLowerCase();
  const whole = `${fragment}${rest}`.toLowerCase();
  if (vocabulary.has(whole)) return true;
  if (vocabulary.has(compound)) return false;
  if (COMPOUND_FIRST.has(fragment.toLowerCase()) || HYPHEN_PARTICLES.has(rest.toLowerCase())) return false;
  return true;
}

/**
 * Appends `next` to `text` as the following line of the same paragraph: a space between them,
 * except after a soft hyphen, a broken word (the hyphen goes), a hyphen that stays (no space),
 * or a dash set against its word ("closure—" + "which").
 */
export function joinLine(text: string, next: string, vocabulary: Vocabulary): string {
  if (text === '') return next;
  if (next === '') return text;
  if (text.endsWith('\u00AD')) return text.slice(0, -1) + next;
  // Only the end of the text can hold the broken word: matching the whole paragraph would be slow.
  const broken = BROKEN_WORD.exec(text.slice(-64));
  const rest = LEADING_WORD.exec(next)?.[0];
  if (broken && rest) {
    // "pro-" + "Russian", "COVID-" + "19": a capital or digit after the hyphen is never hyphenation.
    if (/^\p{Lu}/u.test(rest) || !isBrokenWord(broken[1] ?? '', rest, vocabulary)) return text + next;
    return text.slice(0, -1) + next;
  }
  if (/[\p{L}\p{N}][-‐–—]$/u.test(text) && /^\p{N}/u.test(next)) return text + next;
  if (/\p{L}[–—]$/u.test(text) && /^\p{L}/u.test(next)) return text + next;
  return `${text} ${next}`;
}
