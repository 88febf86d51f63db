// Tells Latin-script languages apart by their commonest function words: a handful per
// language is enough on a paragraph of real text, and cheap to explain.

const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
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

/** The Latin-script language with the most function-word hits, or 'und' if none stands out. */
export function latinLanguage(lowerCaseText: string): string {
  const hits = new Map<string, number>();
  for (const match of lowerCaseText.matchAll(/\p{L}+/gu)) {
    for (const language of LANGUAGES_OF.get(match[0]) ?? []) hits.set(language, (hits.get(language) ?? 0) + 1);
  }
  const ranked = [...hits.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first) return 'und';
  // Neighbouring languages share words (de/la, e/a); demand a clear lead.
  if (second && first[1] < second[1] * 1.3) return 'und';
  return first[0];
}
