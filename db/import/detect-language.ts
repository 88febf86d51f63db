// Guesses a document's language (ISO 639-1) from its script, distinctive letters and common
// function words, so search can pick the right stemmer. 'und' when the text is too short to tell.
import { latinLanguage } from './latin-stopwords.js';

// A few thousand characters tell the language as well as the whole text, at a fraction of the cost.
const SAMPLE_CHARS = 2_500;
const MIN_LETTERS = 20;

// Scripts that name their language outright (Han alone is taken as Chinese).
const SCRIPT_LANGUAGES: readonly [RegExp, string][] = [
  [/\p{Script=Hiragana}|\p{Script=Katakana}/u, 'ja'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Armenian}/u, 'hy'],
  [/\p{Script=Georgian}/u, 'ka'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Devanagari}/u, 'hi'],
];

function count(text: string, pattern: RegExp): number {
  // Deleting the matches and comparing lengths avoids building an array of every match.
  return text.length - text.replace(pattern, '').length;
}

// Letters each East or South Slavic alphabet has and its neighbours lack.
function cyrillicLanguage(text: string, letters: number): string {
  const share = (pattern: RegExp): number => count(text, pattern) / letters;
  if (share(/ў/g) > 0.003) return 'be';
  // і is about 5% of Ukrainian and Belarusian letters; a Russian text quoting "Київ" has far less.
  const i = share(/і/g);
  if (i > 0.01) {
    if (share(/ы/g) > 0.01 && share(/и/g) < 0.005) return 'be';
    if (share(/[ыэъё]/g) < i / 5) return 'uk';
  }
  if (share(/[ђћџ]/g) > 0.002) return 'sr';
  if (share(/[ѓќѕ]/g) > 0.002) return 'mk';
  if (share(/[јљњ]/g) > 0.002) return 'sr';
  // Bulgarian writes ъ as a vowel (about 2% of letters) and has no ы or э.
  if (share(/ъ/g) > 0.008 && share(/[ыэ]/g) < 0.001) return 'bg';
  return 'ru';
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * The letters of a lower-cased sample, and how many are Latin and Cyrillic, in one pass. ASCII is
 * told by its code; any other character by the Unicode properties. Three replaces with property
 * patterns over every sample cost a third of a millisecond a document, most of an import's parsing.
 */
export function letterCounts(sample: string): { letters: number; latin: number; cyrillic: number } {
  let letters = 0;
  let latin = 0;
  let cyrillic = 0;
  for (const char of sample) {
    const code = char.charCodeAt(0);
    if (code < 128) {
      if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) {
        letters += 1;
        latin += 1;
      }
    } else if (LETTER.test(char)) {
      // A letter outside the BMP is two UTF-16 units, as the replaces counted it.
      letters += char.length;
      if (LATIN.test(char)) latin += char.length;
      else if (CYRILLIC.test(char)) cyrillic += char.length;
    } else {
      // Marks and other non-letters of these scripts still count towards them.
      if (LATIN.test(char)) latin += char.length;
      else if (CYRILLIC.test(char)) cyrillic += char.length;
    }
  }
  return { letters, latin, cyrillic };
}

/** ISO 639-1 code of the text's language, or 'und'. */
export function detectLanguage(text: string): string {
  const sample = (text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text).toLowerCase();
  const { letters, latin, cyrillic } = letterCounts(sample);
  if (letters < MIN_LETTERS) return 'und';
  if (cyrillic >= latin && cyrillic > letters * 0.3) return cyrillicLanguage(sample, cyrillic);
  if (latin > letters * 0.5) return latinLanguage(sample);
  let best: { language: string; letters: number } | null = null;
  for (const [pattern, language] of SCRIPT_LANGUAGES) {
    const n = count(sample, new RegExp(pattern.source, 'gu'));
    if (n > (best?.letters ?? 0)) best = { language, letters: n };
  }
  // Kana mixed with kanji is Japanese even when kanji outnumber kana.
  if (best?.language === 'zh' && count(sample, /\p{Script=Hiragana}|\p{Script=Katakana}/gu) > letters * 0.05) return 'ja';
  return best && best.letters > letters * 0.3 ? best.language : 'und';
}
