// Fuzzy terms are expanded by walking each dictionary term through lunr's fuzzy automaton instead
// of intersecting token sets: for every word and distance, the same words lunr's intersect finds.
import { describe, expect, it } from 'vitest';
import { fuzzyMatcher } from '../../db/search/fuzzy-match.js';
import { lunr } from '../../db/search/lunr-setup.js';

const VOCABULARY = [
  'govern',
  'goverment',
  'government',
  'govnerment',
  'gvernment',
  'governmetn',
  'tribun',
  'tribunal',
  'tribunl',
  'climat',
  'climate',
  'cilmate',
  'climte',
  'climates',
  'histori',
  'histroy',
  'history',
  'hitsory',
  'mistory',
  'ab',
  'ba',
  'abc',
  'acb',
  'bac',
  'a',
  '',
  'армия',
  'армии',
  'арми',
  'армия1',
  'мирa',
  '30,000',
  '30000',
  '300,00',
];

// lunr 2.3.9: TokenSet.fromFuzzyString and fromArray (sorted) are public but untyped in @types/lunr.
const TokenSet = lunr.TokenSet as unknown as { fromFuzzyString(word: string, distance: number): lunr.TokenSet; fromArray(words: string[]): lunr.TokenSet };

describe('fuzzyMatcher', () => {
  it('accepts exactly the words lunr fuzzy matching accepts', () => {
    const index = TokenSet.fromArray([...VOCABULARY].filter((w) => w !== '').sort());
    for (const word of VOCABULARY.filter((w) => w !== '')) {
      for (const distance of [1, 2]) {
        const lunrWords = index.intersect(TokenSet.fromFuzzyString(word, distance)).toArray().sort();
        const matches = fuzzyMatcher(word, distance);
        const ours = VOCABULARY.filter((term) => term !== '' && matches(term)).sort();
        expect(ours, `${word}~${distance}`).toEqual(lunrWords);
      }
    }
  });
});
