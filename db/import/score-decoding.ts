// Judges how plausible a decoding of legacy (single-byte) text is, so the importer can pick the
// right Cyrillic or Western code page and refuse rather than store mojibake.
//
// Why not the chardet library (removed from the dependencies): on the 13 legacy inputs of
// tests/import/decode-text.test.ts and tests/fixtures/import this scorer is right 13 times,
// chardet 2.2.0 only 9. chardet knows neither IBM866 nor KOI8-U, so it read the IBM866 Russian
// sentence as windows-1252, the IBM866 box-drawing table as Shift_JIS and the KOI8-U Ukrainian
// sentence as KOI8-R (і, ї, є garbled); and it always names some encoding, so noise.txt came back
// as "Big5" where Assay must refuse it. On short Cyrillic lines (11–34 bytes) it also misread every
// IBM866 one and Ukrainian in windows-1251 and ISO-8859-5 (6 of 18 wrong; this scorer: none).

// Punctuation that real Russian and Western text carries in the upper half of a code page.
const GOOD_SYMBOLS = new Set([...'\u00A0«»„“”‘’‚–—…№•°§©®™€£±×·½\u00AD']);
// The ten commonest East Slavic letters make up some 60% of Russian, Ukrainian and Belarusian
// text; a wrong code page scatters letters over the alphabet and this share drops sharply.
const COMMON_CYRILLIC = new Set([...'оеаиінтсрв']);
const WORD = /[\p{L}\p{M}]+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const BOX_DRAWING = /[\u2500-\u259F]/;

export interface DecodingScore {
  /** 0 (junk) … 1 (every non-ASCII character sits in a plausible word or is common punctuation). */
  score: number;
  cyrillicLetters: number;
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

// Lower, Capitalised and ALL CAPS are how words are written; `пРИВЕТ` is KOI8-R read as cp1251.
function plausibleCase(letters: string[]): boolean {
  const rest = letters.slice(1);
  return rest.every(isLower) || letters.every((ch) => !isLower(ch));
}

interface Tally {
  good: number;
  bad: number;
  cyrillic: number;
  cyrillicLower: number;
  common: number;
}

function scoreWord(word: string, tally: Tally): void {
  const letters = [...word];
  const nonAscii = letters.filter((ch) => ch > '\u007F').length;
  if (nonAscii === 0) return;
  const cyrillic = letters.filter((ch) => CYRILLIC.test(ch));
  const asciiLetters = letters.length - nonAscii;
  const latinExtended = letters.filter((ch) => ch > '\u007F' && LATIN.test(ch)).length;
  let plausible: boolean;
  if (cyrillic.length > 0) {
    plausible = cyrillic.length === letters.length && plausibleCase(letters);
    tally.cyrillic += cyrillic.length;
    for (const ch of cyrillic) {
      if (isLower(ch)) tally.cyrillicLower += 1;
      if (COMMON_CYRILLIC.has(ch.toLowerCase())) tally.common += 1;
    }
  } else if (latinExtended === nonAscii) {
    // Western words mix accented letters with plain ones (café, Größe); `Ïðèâåò` is cp1251 read as cp1252.
    plausible = (asciiLetters > 0 || letters.length <= 2) && plausibleCase(letters);
  } else {
    plausible = false;
  }
  if (plausible) tally.good += nonAscii;
  else tally.bad += nonAscii;
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

function scoreSymbols(text: string, tally: Tally): void {
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (ch <= '\u007F' || isLetter(ch) || /\p{M}/u.test(ch)) continue;
    if (GOOD_SYMBOLS.has(ch)) {
      tally.good += 1;
    } else if (BOX_DRAWING.test(ch)) {
      // DOS tables draw frames apart from words; glued to letters they are a wrong code page.
      if (isLetter(text[i - 1]) || isLetter(text[i + 1])) tally.bad += 1;
    } else {
      tally.bad += 1;
    }
  }
}

function tallyOf(text: string): Tally {
  const tally: Tally = { good: 0, bad: 0, cyrillic: 0, cyrillicLower: 0, common: 0 };
  for (const match of text.matchAll(WORD)) scoreWord(match[0], tally);
  scoreSymbols(text, tally);
  return tally;
}

/**
 * For a word or two, too short for letter frequencies: true when every non-ASCII character sits
 * in a plausible word or is common punctuation.
 */
export function readsPlausibly(text: string): boolean {
  return tallyOf(text).bad === 0;
}

/** Scores one candidate decoding of a text sample. */
export function scoreDecoding(text: string): DecodingScore {
  const tally = tallyOf(text);
  const total = tally.good + tally.bad;
  if (total === 0) return { score: 0, cyrillicLetters: 0 };
  let score = tally.good / total;
  if (tally.cyrillic > 0) {
    // Real text is mostly lower case; a wrong KOI8/cp1251 pairing turns it mostly upper case.
    // Only a light weight, so a short all-caps notice is judged by its letters instead.
    const lowerShare = tally.cyrillicLower / tally.cyrillic;
    score *= 0.8 + 0.2 * Math.min(1, lowerShare / 0.6);
    score *= Math.min(1, tally.common / tally.cyrillic / 0.55);
  }
  return { score, cyrillicLetters: tally.cyrillic };
}
