// Language detection: script first, then distinctive letters or common function words.
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { detectLanguage, letterCounts } from '../../db/import/detect-language.js';
import { latinLanguage, STOPWORDS } from '../../db/import/latin-stopwords.js';

/** The counts as three replaces with Unicode property patterns make them: what letterCounts must equal. */
function countedByPatterns(text: string): { letters: number; latin: number; cyrillic: number } {
  const count = (pattern: RegExp): number => text.length - text.replace(pattern, '').length;
  return { letters: count(/\p{L}/gu), latin: count(/\p{Script=Latin}/gu), cyrillic: count(/\p{Script=Cyrillic}/gu) };
}

describe('detectLanguage', () => {
  it.each([
    ['en', 'Officials in Washington say there is no sign that Minsk will widen its support for the war.'],
    ['ru', 'Официальные лица в Вашингтоне заявляют, что нет признаков расширения поддержки со стороны Минска.'],
    ['uk', 'Офіційні особи у Вашингтоні заявляють, що немає ознак розширення підтримки з боку Мінська. Їхня позиція незмінна.'],
    ['be', 'Афіцыйныя асобы ў Вашынгтоне заяўляюць, што няма прыкмет пашырэння падтрымкі з боку Мінска.'],
    ['bg', 'Официални лица във Вашингтон заявяват, че няма признаци Минск да разшири подкрепата си за войната.'],
    ['sr', 'Званичници у Вашингтону кажу да нема знакова да ће Минск проширити подршку. Ђаци и њихови родитељи.'],
    ['de', 'Die Regierung in Minsk hat erklärt, dass sie sich nicht an dem Krieg beteiligen wird und die Truppen im Land bleiben.'],
    ['fr', 'Le gouvernement de Minsk a déclaré que les troupes ne participeront pas à la guerre et resteront dans le pays.'],
    ['es', 'El gobierno de Minsk ha declarado que las tropas no participarán en la guerra y que se quedarán en el país.'],
    ['pl', 'Rząd w Mińsku oświadczył, że wojska nie wezmą udziału w wojnie i pozostaną w kraju, jak już zapowiadano.'],
    ['el', 'Η κυβέρνηση του Μινσκ δήλωσε ότι τα στρατεύματα δεν θα συμμετάσχουν στον πόλεμο.'],
    ['ar', 'قالت الحكومة في مينسك إن القوات لن تشارك في الحرب وستبقى في البلاد.'],
    ['zh', '明斯克政府表示，军队不会参加战争，将留在国内。这是官方的正式立场。'],
    ['ja', 'ミンスク政府は、軍隊は戦争に参加せず、国内に留まると述べました。'],
  ])('recognises %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('counts letters in one pass exactly as the Unicode property patterns do', () => {
    // Mixed scripts, marks, astral letters, lone surrogates and Latin non-letters (Roman numerals, ª).
    const pieces = fc.constantFrom('a', 'Z', 'é', 'ß', 'ª', 'Ⅻ', 'ж', 'Ё', 'ѓ', '\u0483', 'α', '中', '𝐀', '𐐷', '\ud800', '’', ' ', '7', '\u0301', 'ﬁ', 'Ꙋ', 'ᲀ');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(letterCounts(text)).toEqual(countedByPatterns(text));
      }),
      { seed: 7, numRuns: 2000 },
    );
  });

  it('cuts words as /\\p{L}+/u does when it counts function words', () => {
    /** The function words' languages by a match per word, as latinLanguage counted them before. */
    const byMatches = (text: string): string => {
      const hits = new Map<string, number>();
      for (const match of text.matchAll(/\p{L}+/gu)) {
        for (const [language, words] of Object.entries(STOPWORDS)) if (words.includes(match[0])) hits.set(language, (hits.get(language) ?? 0) + 1);
      }
      const [first, second] = [...hits.entries()].sort((a, b) => b[1] - a[1]);
      if (!first) return 'und';
      return second && first[1] < second[1] * 1.3 ? 'und' : first[0];
    };
    const pieces = fc.constantFrom('the', 'and', 'der', 'und', 'le', 'que', 'la', 'de', 'się', ' ', ' ', '.', 'x', 'é', '𝐀', '\ud835', '\udc00', '’', '7', '\u0301', 'ж');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(latinLanguage(text)).toBe(byMatches(text));
      }),
      { seed: 11, numRuns: 3000 },
    );
  });

  it("says 'und' for too little text", () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('Minsk')).toBe('und');
    expect(detectLanguage('12 34 56 — 78')).toBe('und');
  });

  it('goes by the main script when a Russian text quotes English names', () => {
    expect(detectLanguage('По данным Reuters и Associated Press, переговоры в Гомеле продолжатся в среду утром.')).toBe('ru');
  });

  it('is not swayed by one Ukrainian place name in Russian text', () => {
    const text = 'Делегации встретились в Киеве, а затем отправились в Київ на поезде; переговоры продолжались весь день и всю ночь, '.repeat(3);
    expect(detectLanguage(text)).toBe('ru');
  });
});
