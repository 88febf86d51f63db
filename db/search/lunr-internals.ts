// Typed access to the parts of lunr 2.3.9 that @types/lunr leaves out: the query parser and a
// clause's presence.
// These are lunr internals, which is why package.json pins lunr to exactly 2.3.9 (see README,
// Search): check each one below before moving to another lunr version.
import { lunr } from './lunr-setup.js';

/** A lunr clause; `exact` marks an index term taken as written (a phrase's word), never a wildcard. */
export type QueryClause = lunr.Query.Clause & { presence?: lunr.Query.presence; exact?: boolean };

interface QueryParserConstructor {
  new (text: string, query: lunr.Query): { parse(): lunr.Query };
}

// lunr 2.3.9 internal: lunr.QueryParser is undocumented (Index#search uses it). Without it every
// query fails to parse; with changed error texts, explainParseError (query-parse.ts) falls back to
// lunr's own wording.
export const QueryParser = (lunr as unknown as { QueryParser: QueryParserConstructor }).QueryParser;
