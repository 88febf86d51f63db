// One spelling fold for terms and phrases: a Ukrainian word written with any of the three
// apostrophes (' U+0027, ’ U+2019, ʼ U+02BC) is found by each of them, alone and inside a phrase.
import { describe, expect, it } from 'vitest';
import { foldSearchText } from '../../db/search/fold-text.js';
import { findPhrase, phrasePattern, phraseWords } from '../../db/search/phrase-match.js';
import { addDocuments, doc, freshWorkbench } from '../support/workspace.js';

const SPELLINGS = [
  ['straight', "м'ясо"],
  ['right single quote', 'м\u2019ясо'],
  ['modifier letter apostrophe', 'м\u02bcясо'],
] as const;

describe('one fold for terms and phrases', () => {
  it('folds case, ё and every apostrophe the same way', () => {
    for (const [, word] of SPELLINGS) expect(foldSearchText(word.toUpperCase())).toBe("м'ясо");
    expect(foldSearchText('Ёлка')).toBe('елка');
  });

  it('matches a phrase written with one apostrophe against text written with another', () => {
    const text = SPELLINGS.map(([, word]) => `свіже ${word}`).join('; ');
    for (const [, word] of SPELLINGS) {
      expect(findPhrase(text, phrasePattern(phraseWords(`Свіже ${word}`)))).toHaveLength(3);
    }
  });

  it.each(SPELLINGS)('finds every spelling of м’ясо when typed with a %s, as a term and in a phrase', async (_name, typed) => {
    const wb = freshWorkbench();
    const written = addDocuments(
      wb,
      SPELLINGS.map(([name, word]) => doc({ title: `Ринок (${name})`, body: `На ринку подорожчало свіже ${word} і молоко.`, language: 'uk' })),
    );
    const milk = addDocuments(wb, [doc({ title: 'Молоко', body: 'Свіже молоко подешевшало.', language: 'uk' })]);
    const ids = (result: { hits: { id: number }[] }): number[] => result.hits.map((hit) => hit.id).sort((a, b) => a - b);

    expect(ids(await wb.search({ query: typed }))).toEqual(written);
    expect(ids(await wb.search({ query: `"свіже ${typed}"` }))).toEqual(written);
    expect(ids(await wb.search({ query: `"${typed} свіже"` }))).toEqual([]);
    expect(ids(await wb.search({ query: 'свіже' }))).toEqual([...written, ...milk]);

    // The reader marks the word as it is written in each document.
    for (const hit of (await wb.search({ query: typed })).hits) {
      const body = (await wb.getDocument({ id: hit.id })).body;
      const marked = hit.matches.map(([start, end]) => body.slice(start, end));
      expect(SPELLINGS.map(([, word]) => word)).toContain(marked[0]);
    }
  });
});
