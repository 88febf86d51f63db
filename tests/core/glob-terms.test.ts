// Wildcards are expanded from a segment's sorted term list instead of lunr's trie: the words found
// must be exactly those lunr's own TokenSet intersection finds, for every shape of pattern.
import { describe, expect, it } from 'vitest';
import { expandGlob, globOf } from '../../db/search/glob-terms.js';
import { tokenSetOf } from '../../db/search/lunr-internals.js';
import { buildIndex, lunr } from '../../db/search/lunr-setup.js';

const BODY =
  'The port authority reported that exports through the port of Odesa resumed. Transport ministers met importers; ' +
  'portfolio managers, sports reporters and a passport office were mentioned. Армия портов. Support, rapport, ports, portable.';

const index = buildIndex([{ id: 1, title: 'Port report', source: 'wire', author: '', body: BODY, notes: '', tags: '', doctags: '' }]);
const terms = tokenSetOf(index).toArray().sort();

function lunrExpansion(pattern: string): string[] {
  const set = (lunr.TokenSet as unknown as { fromString(s: string): lunr.TokenSet }).fromString(pattern);
  return tokenSetOf(index).intersect(set).toArray().sort();
}

describe('glob expansion', () => {
  it.each(['port*', '*port', '*port*', 'p*t', '*o*o*', 'r*p*r*', '*', 'ex*s', 'a*', 'ар*', '*ов', '*ия', 'nothing*', 'port', '**port', 'p*r*t*'])(
    'finds what lunr finds for %s',
    (pattern) => {
      const set = (lunr.TokenSet as unknown as { fromString(s: string): lunr.TokenSet }).fromString(pattern);
      const glob = globOf(set);
      expect(glob).toBe(pattern.replace(/\*+/g, '*'));
      expect(expandGlob(terms, glob ?? '').sort()).toEqual(lunrExpansion(pattern));
    },
  );

  it('is tested on patterns that do match', () => {
    expect(lunrExpansion('*port*').length).toBeGreaterThan(5);
    expect(lunrExpansion('ар*').length).toBeGreaterThan(0);
  });

  it('leaves fuzzy patterns to lunr', () => {
    const fuzzy = (lunr.TokenSet as unknown as { fromFuzzyString(s: string, d: number): lunr.TokenSet }).fromFuzzyString('port', 1);
    expect(globOf(fuzzy)).toBeNull();
  });
});
