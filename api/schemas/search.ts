// Schemas of search: the query in lunr syntax plus "quoted phrases", the filters beside it, and
// the hits with their snippets and match offsets.
import * as v from 'valibot';
import { CalendarDate, RowId, WholeNumber } from './common.js';
import { LanguageCode } from './documents.js';

export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 500;
/** Longest query in characters: far beyond anything typed, and it keeps every query's cost small. */
export const MAX_QUERY_LENGTH = 4000;

export const SearchFiltersSchema = v.strictObject({
  source: v.optional(v.string()),
  language: v.optional(LanguageCode),
  /** Inclusive lower bound on the document date. */
  from: v.optional(CalendarDate),
  /** Inclusive upper bound on the document date. */
  to: v.optional(CalendarDate),
  /** Only documents with at least one annotation carrying this tag. */
  tag: v.optional(v.string()),
  /** Only documents carrying this document tag. */
  docTag: v.optional(v.string()),
  /** Only documents with (true) or without (false) highlights. */
  hasHighlights: v.optional(v.boolean()),
  /** Only documents with (true) or without (false) a written note: on one of its highlights or on the document itself. */
  hasNotes: v.optional(v.boolean()),
});

export const SearchInput = v.strictObject({
  query: v.pipe(v.string(), v.maxLength(MAX_QUERY_LENGTH, `expected at most ${MAX_QUERY_LENGTH} characters — shorten the query`)),
  filters: v.optional(SearchFiltersSchema),
  limit: v.optional(v.pipe(WholeNumber, v.minValue(1, 'expected a whole number, 1 or more'), v.maxValue(MAX_SEARCH_LIMIT, `expected at most ${MAX_SEARCH_LIMIT}`))),
  offset: v.optional(WholeNumber),
});

const Range = v.tuple([v.number(), v.number()]);

export const SnippetSchema = v.object({
  text: v.string(),
  /** [start, end) offsets into `text` of the matched words. */
  highlights: v.array(Range),
});

export const SearchHitSchema = v.object({
  id: RowId,
  title: v.string(),
  source: v.nullable(v.string()),
  date: v.nullable(v.string()),
  language: LanguageCode,
  score: v.number(),
  snippets: v.array(SnippetSchema),
  /** [start, end) offsets into the document body of every match, for the reader to mark. */
  matches: v.array(Range),
});

export const SearchResultSchema = v.object({
  query: v.string(),
  total: v.number(),
  hits: v.array(SearchHitSchema),
});
