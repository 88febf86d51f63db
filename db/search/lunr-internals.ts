// Typed access to the parts of lunr 2.3.9 that @types/lunr leaves out: the query parser, a
// clause's presence, an index's token set, and TokenSet.fromClause (used to bound wildcards).
// These are lunr internals, which is why package.json pins lunr to exactly 2.3.9 (see README,
// Search): check each one below before moving to another lunr version.
import { lunr } from './lunr-setup.js';

export type QueryClause = lunr.Query.Clause & { presence?: lunr.Query.presence };

interface QueryParserConstructor {
  new (text: string, query: lunr.Query): { parse(): lunr.Query };
}

interface TokenSetStatics {
  fromClause(clause: QueryClause): lunr.TokenSet;
}

// lunr 2.3.9 internal: lunr.QueryParser is undocumented (Index#search uses it). Without it every
// query fails to parse; with changed error texts, explainParseError (query-parse.ts) falls back to
// lunr's own wording.
export const QueryParser = (lunr as unknown as { QueryParser: QueryParserConstructor }).QueryParser;

// lunr 2.3.9 internal: the index's private `tokenSet` (every term it holds). If it moves or is
// renamed, expansionCount throws and every wildcard or fuzzy search fails.
export function tokenSetOf(index: lunr.Index): lunr.TokenSet {
  return (index as unknown as { tokenSet: lunr.TokenSet }).tokenSet;
}

// lunr 2.3.9 internal: TokenSet.fromClause turns a clause into the pattern Index#query intersects
// with. A different expansion would make the bound on wildcards (MAX_EXPANSIONS) count wrongly.
/** How many index terms a wildcard or fuzzy clause expands to in this index. */
export function expansionCount(index: lunr.Index, clause: QueryClause): number {
  const pattern = (lunr.TokenSet as unknown as TokenSetStatics).fromClause(clause);
  return tokenSetOf(index).intersect(pattern).toArray().length;
}
