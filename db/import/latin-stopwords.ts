// Tells Latin-script languages apart by their commonest function words: a handful per
// language is enough on a paragraph of real text, and cheap to explain.

export const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'is',
    'that',
    'for',
    'it',
    'was',
    'with',
    'on',
    'are',
    'this',
    'by',
    'from',
    'have',
    'has',
    'not',
    'but',
    'which',
    'were',
    'be',
    'its',
    'an',
  ],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'ein', 'eine', 'zu', 'den', 'mit', 'sich', 'auf', 'für', 'von', 'dem', 'des', 'im', 'auch', 'wird', 'ich', 'sie'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'un', 'du', 'que', 'pour', 'dans', 'pas', 'qui', 'sur', 'au', 'avec', 'ce', 'il', 'sont', 'aux', 'elle'],
  es: ['el', 'los', 'las', 'y', 'que', 'en', 'una', 'es', 'por', 'con', 'para', 'del', 'se', 'no', 'al', 'como', 'más', 'pero', 'su', 'lo', 'fue'],
  it: ['il', 'di', 'che', 'è', 'per', 'non', 'con', 'del', 'della', 'sono', 'gli', 'si', 'da', 'nel', 'anche', 'alla', 'questo', 'ha', 'una', 'delle'],
  pt: ['os', 'que', 'em', 'um', 'uma', 'não', 'para', 'com', 'do', 'da', 'no', 'na', 'por', 'se', 'é', 'dos', 'das', 'foi', 'ao', 'mais'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'op', 'te', 'zijn', 'met', 'voor', 'die', 'er', 'ook', 'aan', 'wordt', 'bij', 'naar'],
  pl: ['i', 'w', 'z', 'na', 'się', 'nie', 'jest', 'do', 'to', 'że', 'jak', 'ale', 'po', 'co', 'są', 'od', 'przez', 'dla', 'oraz', 'już'],
};

/** Each function word and the languages it belongs to: one look-up a word of the text. */
const LANGUAGES_OF = new Map<string, string[]>();
for (const [language, words] of Object.entries(STOPWORDS)) {
  for (const word of words) LANGUAGES_OF.set(word, [...(LANGUAGES_OF.get(word) ?? []), language]);
}
/** No function word is longer: a longer word is skipped without being cut out of the text. */
const LONGEST = Math.max(...[...LANGUAGES_OF.keys()].map((word) => word.length));

const LETTER = /\p{L}/u;
/** Per UTF-16 unit of the Basic Multilingual Plane: 1 a letter, 2 not, 0 not yet known. */
const kinds = new Uint8Array(0x10000);

/** Whether the UTF-16 unit at `i` is (part of) a letter, as /\p{L}/u sees it; astral letters by code point. */
function isLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (code >= 0xd800 && code <= 0xdfff) {
    const point = text.codePointAt(code <= 0xdbff ? i : i - 1) ?? 0;
    // A lone surrogate, or half of a pair that is no letter, is not a letter.
    if (code <= 0xdbff ? point === code : point < 0x10000) return false;
    return LETTER.test(String.fromCodePoint(point));
  }
  let kind = kinds[code] as number;
  if (kind === 0) kinds[code] = kind = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return kind === 1;
}

/**
 * The Latin-script language with the most function-word hits, or 'und' if none stands out. Words
 * are runs of letters (as /\p{L}+/u finds them), read by hand: a match object for every word of
 * every sample was most of this function's cost.
 */
export function latinLanguage(lowerCaseText: string): string {
  const hits = new Map<string, number>();
  for (let i = 0; i < lowerCaseText.length;) {
    if (!isLetter(lowerCaseText, i)) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < lowerCaseText.length && isLetter(lowerCaseText, i)) i += 1;
    if (i - start > LONGEST) continue;
    for (const language of LANGUAGES_OF.get(lowerCaseText.slice(start, i)) ?? []) hits.set(language, (hits.get(language) ?? 0) + 1);
  }
  const ranked = [...hits.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first) return 'und';
  // Neighbouring languages share words (de/la, e/a); demand a clear lead.
  if (second && first[1] < second[1] * 1.3) return 'und';
  return first[0];
}
