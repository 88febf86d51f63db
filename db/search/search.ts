// Runs a search: parse, answer the clauses from the stored postings (run-query.ts), match phrases
// from positions, filter, rank, page, and mark matches with snippets. Everything runs in one read
// transaction, so a concurrent write is seen whole or not at all.
import type { SearchFilters, SearchHit, SearchResult } from '../../api/types.js';
import { DEFAULT_SEARCH_LIMIT } from '../../api/schemas/search.js';
import type { Db } from '../open-workspace.js';
import type { IndexReader } from './index-reader.js';
import { findPhrase, hasPhrase } from './phrase-match.js';
import { phraseOccurrences, termPositions } from './phrase-positions.js';
import { INDEX_FIELDS } from './lunr-setup.js';
import { tokenSpans } from './token-spans.js';
import { parseQuery, type Phrase } from './query-parse.js';
import { PHRASE_FIELDS } from './query-phrases.js';
import { runQuery, type Candidate } from './run-query.js';
import { allowedDocumentIds, filterSql, hasFilters } from './search-filters.js';
import { buildSnippets, mergeRanges } from './snippets.js';

export { MAX_EXPANSIONS } from './run-query.js';

/** Checked by the contract (api/schemas/search.ts): limit 1 to MAX_SEARCH_LIMIT, offset 0 or more. */
export interface SearchInput {
  query: string;
  filters?: SearchFilters;
  limit?: number;
  offset?: number;
}

interface DocumentRow {
  id: number;
  title: string;
  source: string | null;
  published_at: string | null;
  language: string;
  body: string;
}

const PHRASE_TEXT =
  "SELECT id, title, body, coalesce((SELECT group_concat(note, char(10)) FROM annotation WHERE document_id = document.id), '') AS notes FROM document WHERE id = ?";

/** Confirms phrases with stop words against the stored text of the documents their positions allowed. */
function confirmPhrasesInText(db: Db, candidates: Map<number, Candidate>, phrases: Phrase[]): void {
  const textual = phrases.filter((phrase) => phrase.checkText || phrase.terms.length === 0);
  if (textual.length === 0) return;
  const read = db.prepare(PHRASE_TEXT);
  for (const candidate of candidates.values()) {
    const row = read.get(candidate.id) as Record<string, string> | undefined;
    const keep =
      row !== undefined && textual.every((phrase) => (phrase.fields ?? PHRASE_FIELDS).some((field) => hasPhrase(row[field] ?? '', phrase.pattern)) !== phrase.prohibited);
    if (!keep) candidates.delete(candidate.id);
  }
}

const BODY = INDEX_FIELDS.indexOf('body');

/** Character ranges of the hit's matches in its body, from the positions its postings hold. */
function bodyMatches(reader: IndexReader, body: string, candidate: Candidate, phrases: Phrase[]): [number, number][] {
  const wanted = new Set<number>();
  for (const term of candidate.bodyTerms) for (const position of termPositions(reader, term, candidate.id, BODY)) wanted.add(position);
  const spans: [number, number][] = [];
  const inBody = phrases.filter((phrase) => !phrase.prohibited && (phrase.fields ?? PHRASE_FIELDS).includes('body'));
  const textual: [number, number][] = [];
  for (const phrase of inBody) {
    if (phrase.checkText || phrase.terms.length === 0) textual.push(...findPhrase(body, phrase.pattern));
    else
      for (const span of phraseOccurrences(reader, phrase, candidate.id, BODY)) {
        spans.push(span);
        wanted.add(span[0]);
        wanted.add(span[1]);
      }
  }
  const at = tokenSpans(body, wanted);
  const ranges: [number, number][] = [];
  for (const position of wanted) {
    const range = at.get(position);
    if (range) ranges.push(range);
  }
  for (const [first, last] of spans) {
    const from = at.get(first);
    const to = at.get(last);
    if (from && to) ranges.push([from[0], to[1]]);
  }
  return [...ranges, ...textual];
}

function toHit(row: DocumentRow, matches: [number, number][], score: number): SearchHit {
  return {
    id: row.id,
    title: row.title,
    source: row.source,
    date: row.published_at,
    language: row.language,
    score: Math.round(score * 1000) / 1000,
    snippets: buildSnippets(row.body, matches),
    matches,
  };
}

const DOCUMENT_ROW = 'SELECT id, title, source, published_at, language, body FROM document WHERE id = ?';

/** An empty query lists documents (newest first) that pass the filters. */
function browse(db: Db, input: SearchInput, limit: number, offset: number): SearchResult {
  const { where, params } = hasFilters(input.filters) ? filterSql(input.filters) : { where: '1', params: [] };
  const total = db
    .prepare(`SELECT count(*) FROM document d WHERE ${where}`)
    .pluck()
    .get(...params) as number;
  const rows = db
    .prepare(
      `SELECT d.id, d.title, d.source, d.published_at, d.language, d.body FROM document d WHERE ${where}
      ORDER BY d.published_at IS NULL, d.published_at DESC, d.id DESC LIMIT ? OFFSET ?`,
    )
    .all(...params, limit, offset) as DocumentRow[];
  return { query: input.query, total, hits: rows.map((row) => toHit(row, [], 0)) };
}

export function search(db: Db, reader: IndexReader, input: SearchInput): SearchResult {
  const limit = input.limit ?? DEFAULT_SEARCH_LIMIT;
  const offset = input.offset ?? 0;
  const parsed = parseQuery(input.query);
  if (parsed.empty) return browse(db, input, limit, offset);
  return db.transaction(() => {
    reader.refresh();
    const allowed = allowedDocumentIds(db, input.filters);
    const candidates = runQuery(reader, parsed.clauses, parsed.phrases, allowed);
    confirmPhrasesInText(db, candidates, parsed.phrases);
    const ranked = [...candidates.values()].sort((a, b) => b.score - a.score || a.id - b.id);
    const read = db.prepare(DOCUMENT_ROW);
    const hits = ranked.slice(offset, offset + limit).map((candidate) => {
      const row = read.get(candidate.id) as DocumentRow;
      return toHit(row, mergeRanges(bodyMatches(reader, row.body, candidate, parsed.phrases)), candidate.score);
    });
    return { query: input.query, total: ranked.length, hits };
  })();
}
