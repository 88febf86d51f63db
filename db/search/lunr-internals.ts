// Typed access to the parts of lunr 2.3.9 that @types/lunr leaves out: the query parser, a
// clause's presence, an index's token set, and TokenSet.fromClause (used to bound wildcards).
import { lunr } from './lunr-setup.js';

export type QueryClause = lunr.Query.Clause & { presence?: lunr.Query.presence };

interface QueryParserConstructor {
  new (text: string, query: lunr.Query): { parse(): lunr.Query };
}

interface TokenSetStatics {
  fromClause(clause: QueryClause): lunr.TokenSet;
}

export const QueryParser = (lunr as unknown as { QueryParser: QueryParserConstructor }).QueryParser;

export function tokenSetOf(index: lunr.Index): lunr.TokenSet {
  return (index as unknown as { tokenSet: lunr.TokenSet }).tokenSet;
}

/** How many index terms a wildcard or fuzzy clause expands to in this index. */
export function expansionCount(index: lunr.Index, clause: QueryClause): number {
  const pattern = (lunr.TokenSet as unknown as TokenSetStatics).fromClause(clause);
  return tokenSetOf(index).intersect(pattern).toArray().length;
}
