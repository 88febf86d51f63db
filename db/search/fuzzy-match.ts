// lunr's fuzzy matching, one term at a time: lunr builds an automaton of every spelling within N
// edits (TokenSet.fromFuzzyString, where * stands for any one letter) and intersects it with the
// index's token set. Assay's term dictionary lives in SQLite, so each candidate term is walked
// through that same automaton instead — the same words lunr would find, by construction.
import { lunr } from './lunr-setup.js';

// lunr 2.3.9 internal: a TokenSet node's `id`, `final` and `edges` (a letter, or * for any one
// letter), and TokenSet.fromFuzzyString. If they change, fuzzy terms match nothing.
interface FuzzyNode {
  id: number;
  final: boolean;
  edges: Record<string, FuzzyNode>;
}

const TokenSet = lunr.TokenSet as unknown as { fromFuzzyString(word: string, distance: number): FuzzyNode };

/** A test for "is `term` within `distance` edits of `word`", as lunr's fuzzy matching counts edits. */
export function fuzzyMatcher(word: string, distance: number): (term: string) => boolean {
  const start = TokenSet.fromFuzzyString(word, distance);
  return (term) => {
    const seen = new Set<string>();
    const walk = (node: FuzzyNode, at: number): boolean => {
      if (at === term.length) return node.final;
      const key = `${node.id}:${at}`;
      if (seen.has(key)) return false;
      seen.add(key);
      const exact = node.edges[term[at] as string];
      if (exact && walk(exact, at + 1)) return true;
      const any = node.edges['*'];
      return any !== undefined && walk(any, at + 1);
    };
    return walk(start, 0);
  };
}
