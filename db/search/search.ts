// Runs a search: parse, bound wildcard expansion, query every live segment, confirm phrases
// against the stored text, filter, rank, page, and mark matches with snippets.
import type { SearchFilters, SearchHit, SearchResult } from '../../api/types.js';
import { WorkbenchError } from '../../api/result.js';
import { DEFAULT_SEARCH_LIMIT } from '../../api/schemas/search.js';
import type { Db } from '../open-workspace.js';
import { analyseText } from './analyse-text.js';
import { expansionCount, type QueryClause } from './lunr-internals.js';
import { findPhrase, hasPhrase } from './phrase-match.js';
import { parseQuery, type ParsedQuery, type Phrase } from './query-parse.js';
import { allowedDocumentIds, filterSql, hasFilters } from './search-filters.js';
import type { SegmentCache, SegmentSnapshot } from './segment-cache.js';
import { buildSnippets, mergeRanges } from './snippets.js';

/** A wildcard or fuzzy term may stand for at most this many indexed words (see the README). */
export const MAX_EXPANSIONS = 2000;

/** Checked by the contract (api/schemas/search.ts): limit 1 to MAX_SEARCH_LIMIT, offset 0 or more. */
export interface SearchInput {
  query: string;
  filters?: SearchFilters;
  limit?: number;
  offset?: number;
}

interface Candidate {
  id: number;
  score: number;
  /** Index terms that matched in the body. */
  bodyTerms: Set<string>;
  phraseRanges: [number, number][];
}

interface DocumentRow {
  id: number;
  title: string;
  source: string | null;
  published_at: string | null;
  language: string;
  body: string;
}

function checkExpansions(snapshot: SegmentSnapshot, clauses: QueryClause[]): void {
  for (const clause of clauses) {
    if (!clause.term.includes('*') && !clause.editDistance) continue;
    let count = 0;
    for (const segment of snapshot.segments) count += expansionCount(segment.index, clause);
    if (count > MAX_EXPANSIONS) {
      const written = clause.editDistance ? `${clause.term}~${clause.editDistance}` : clause.term;
      throw new WorkbenchError(
        'bad-query',
        `"${written}" stands for ${count.toLocaleString('en')} different words (the limit is ${MAX_EXPANSIONS.toLocaleString('en')}) — make it more specific, e.g. more letters before the *`,
      );
    }
  }
}

function lunrCandidates(snapshot: SegmentSnapshot, parsed: ParsedQuery, allowed: Set<number> | null): Map<number, Candidate> {
  const found = new Map<number, Candidate>();
  if (parsed.clauses.length === 0) {
    // Only phrases of stop words (or only negated phrases): every document is a candidate.
    if (parsed.phrases.length === 0) return found;
    for (const id of snapshot.owner.keys()) {
      if (!allowed || allowed.has(id)) found.set(id, { id, score: 0, bodyTerms: new Set(), phraseRanges: [] });
    }
    return found;
  }
  for (const segment of snapshot.segments) {
    const results = segment.index.query((query) => {
      for (const clause of parsed.clauses) query.clause({ ...clause });
    });
    for (const result of results) {
      const id = Number(result.ref);
      if (snapshot.owner.get(id) !== segment.id) continue; // a stale entry of a changed document
      if (allowed && !allowed.has(id)) continue;
      const bodyTerms = new Set<string>();
      const metadata = result.matchData.metadata as Record<string, Record<string, unknown>>;
      for (const [term, fields] of Object.entries(metadata)) if ('body' in fields) bodyTerms.add(term);
      found.set(id, { id, score: result.score, bodyTerms, phraseRanges: [] });
    }
  }
  return found;
}

const PHRASE_TEXT =
  "SELECT id, title, body, coalesce((SELECT group_concat(note, char(10)) FROM annotation WHERE document_id = document.id), '') AS notes FROM document WHERE id = ?";

function phraseFieldText(row: { title: string; body: string; notes: string }, phrase: Phrase): { field: string; text: string }[] {
  const fields = phrase.fields ?? ['title', 'body', 'notes'];
  return fields.filter((f) => f === 'title' || f === 'body' || f === 'notes').map((f) => ({ field: f, text: row[f as 'title' | 'body' | 'notes'] }));
}

/** Keeps candidates whose stored text holds every phrase (in order) and none of the negated ones. */
function confirmPhrases(db: Db, candidates: Map<number, Candidate>, phrases: Phrase[]): void {
  if (phrases.length === 0) return;
  const read = db.prepare(PHRASE_TEXT);
  for (const candidate of candidates.values()) {
    const row = read.get(candidate.id) as { title: string; body: string; notes: string } | undefined;
    if (!row) {
      candidates.delete(candidate.id);
      continue;
    }
    let keep = true;
    for (const phrase of phrases) {
      let occurs = false;
      for (const { field, text } of phraseFieldText(row, phrase)) {
        if (field === 'body' && !phrase.prohibited) {
          const ranges = findPhrase(text, phrase.pattern);
          candidate.phraseRanges.push(...ranges);
          occurs ||= ranges.length > 0;
        } else {
          occurs ||= hasPhrase(text, phrase.pattern);
        }
      }
      if (occurs === phrase.prohibited) keep = false;
    }
    if (!keep) candidates.delete(candidate.id);
  }
}

function toHit(row: DocumentRow, candidate: Candidate | null): SearchHit {
  const termRanges: [number, number][] = [];
  if (candidate && candidate.bodyTerms.size > 0) {
    for (const word of analyseText(row.body)) if (candidate.bodyTerms.has(word.term)) termRanges.push([word.start, word.end]);
  }
  const matches = mergeRanges([...termRanges, ...(candidate?.phraseRanges ?? [])]);
  return {
    id: row.id,
    title: row.title,
    source: row.source,
    date: row.published_at,
    language: row.language,
    score: candidate ? Math.round(candidate.score * 1000) / 1000 : 0,
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
  return { query: input.query, total, hits: rows.map((row) => toHit(row, null)) };
}

export function search(db: Db, cache: SegmentCache, input: SearchInput): SearchResult {
  const limit = input.limit ?? DEFAULT_SEARCH_LIMIT;
  const offset = input.offset ?? 0;
  const parsed = parseQuery(input.query);
  if (parsed.empty) return browse(db, input, limit, offset);
  const allowed = allowedDocumentIds(db, input.filters);
  const snapshot = cache.snapshot();
  checkExpansions(snapshot, parsed.clauses);
  const candidates = lunrCandidates(snapshot, parsed, allowed);
  confirmPhrases(db, candidates, parsed.phrases);
  const ranked = [...candidates.values()].sort((a, b) => b.score - a.score || a.id - b.id);
  const read = db.prepare(DOCUMENT_ROW);
  const hits = ranked.slice(offset, offset + limit).map((candidate) => toHit(read.get(candidate.id) as DocumentRow, candidate));
  return { query: input.query, total: ranked.length, hits };
}
