// Turns what the analyst typed into lunr clauses plus quoted phrases, or a one-line message
// saying what is wrong. Pure: no database, no index, so every odd input can be unit-tested.
// Every step is linear in the query's length (the contract bounds that length too).
import { INDEX_FIELDS, isStopWord, lunr } from './lunr-setup.js';
import { QueryParser, type QueryClause } from './lunr-internals.js';
import { badQuery, FIELD_LIST, resolveFieldPrefixes, unknownFieldMessage } from './query-fields.js';
import { extractPhrases, PHRASE_FIELDS, type Phrase } from './query-phrases.js';

export type { Phrase } from './query-phrases.js';

export interface ParsedQuery {
  text: string;
  clauses: QueryClause[];
  phrases: Phrase[];
  /** Nothing to search for: list documents (by filters) instead. */
  empty: boolean;
}

export const MAX_EDIT_DISTANCE = 2;
/**
 * Wildcard and fuzzy terms per query. Each may scan the whole term dictionary
 * (a leading * or a ~2 costs ~0.2 s at 1,000 documents), so 800 of them took seconds; with
 * MAX_EXPANSIONS per term (search.ts), a query stands for at most 10 × 2,000 indexed words.
 */
export const MAX_EXPANDING_TERMS = 10;
/** Longest word that may be fuzzy: lunr's edit automaton grows with the square of its length (1,000 letters~2 exhausts memory). */
export const MAX_FUZZY_LENGTH = 30;

// lunr 2.3.9 internal (pinned exactly in package.json): the wording of QueryParseError messages.
// If it changes, the analyst gets "Cannot read this query: <lunr's message>" instead of advice.
/** Maps lunr's parser messages onto sentences an analyst can act on. */
function explainParseError(message: string): string {
  const unrecognised = /unrecognised field '([^']*)'/.exec(message);
  if (unrecognised) {
    const name = unrecognised[1] ?? '';
    return name === '' || name === '*' ? `A field name is missing before ":" — search in ${FIELD_LIST}, e.g. title:minsk` : unknownFieldMessage(name);
  }
  if (/edit distance must be numeric/.test(message)) return '"~" must be followed by a number of edits, e.g. goverment~1';
  if (/boost must be numeric/.test(message)) return '"^" must be followed by a number, e.g. minsk^2';
  if (/expecting term or field, found nothing/.test(message)) return '"+" or "-" must be followed by a word, e.g. +minsk -moscow';
  if (/expecting term, found nothing/.test(message)) return 'A field needs a word after the colon, e.g. title:minsk';
  if (/found (BOOST|EDIT_DISTANCE)/.test(message)) return '"^" and "~" go right after a word, e.g. minsk^2 or goverment~1';
  if (/found (PRESENCE)/.test(message)) return '"+" or "-" go right before a word, e.g. +minsk -moscow';
  return `Cannot read this query: ${message}`;
}

function parseLunr(text: string): QueryClause[] {
  const query = new lunr.Query([...INDEX_FIELDS]);
  try {
    new QueryParser(text, query).parse();
  } catch (error) {
    if (error instanceof lunr.QueryParseError) badQuery(explainParseError(error.message));
    throw error;
  }
  return query.clauses as QueryClause[];
}

function isExpanding(clause: QueryClause): boolean {
  return clause.term.includes('*') || (clause.editDistance ?? 0) > 0;
}

function checkClause(clause: QueryClause): void {
  const term = clause.term;
  if (term.replace(/\*/g, '') === '') {
    badQuery(`"${term.slice(0, 10)}" alone matches every word — add letters, e.g. sanction*`);
  }
  const edits = clause.editDistance ?? 0;
  if (edits > 0 && term.length > MAX_FUZZY_LENGTH) {
    badQuery(`"${term.slice(0, 20)}…~${edits}" is too long for fuzzy matching (at most ${MAX_FUZZY_LENGTH} letters) — drop the ~ or shorten the word`);
  }
  if (edits > MAX_EDIT_DISTANCE) {
    badQuery(`Fuzzy matching allows at most ${MAX_EDIT_DISTANCE} edits — use ${term}~1 or ${term}~2`);
  }
}

function checkExpandingTerms(clauses: QueryClause[]): void {
  const count = clauses.filter(isExpanding).length;
  if (count > MAX_EXPANDING_TERMS) {
    badQuery(`A query may hold at most ${MAX_EXPANDING_TERMS} wildcard or fuzzy terms (this one has ${count}) — keep the ones that matter most`);
  }
}

/** A required or optional plain word that the index drops (a stop word) can only ever miss. */
function isDroppable(clause: QueryClause): boolean {
  return clause.usePipeline !== false && !clause.term.includes('*') && !clause.editDistance && isStopWord(clause.term);
}

export function parseQuery(text: string): ParsedQuery {
  const trimmed = text.trim();
  if (trimmed === '') return { text, clauses: [], phrases: [], empty: true };
  const { rest, phrases } = extractPhrases(trimmed);
  const clauses = rest.trim() === '' ? [] : parseLunr(resolveFieldPrefixes(rest));
  clauses.forEach(checkClause);
  checkExpandingTerms(clauses);
  // A phrase's words are required terms, taken as the index analysed them ("30,000" stays one term).
  const phraseClauses: QueryClause[] = phrases
    .filter((phrase) => !phrase.prohibited)
    .flatMap((phrase) =>
      phrase.terms.map(({ term }) => ({
        term,
        fields: phrase.fields ?? PHRASE_FIELDS,
        presence: lunr.Query.presence.REQUIRED,
        boost: 1,
        usePipeline: false,
        wildcard: lunr.Query.wildcard.NONE,
        editDistance: 0,
        exact: true,
      })),
    );
  const kept = [...clauses, ...phraseClauses].filter((clause) => !isDroppable(clause));
  return { text, clauses: kept, phrases, empty: false };
}
