// Answers parsed lunr clauses from the stored postings with lunr's own semantics and ranking
// (lunr 2.3.9 Index#query: per-field query vectors, required / prohibited sets, a query made
// only of negations) and BM25 weights as lunr's Builder computes them (k1 1.2, b 0.75, weights
// rounded to 3 decimals) — from the corpus statistics of now, so scores match a lunr index
// built over the whole corpus. Checked against a plain lunr.Index in tests/core/lunr-parity.test.ts.
import { WorkbenchError } from '../../api/result.js';
import type { IndexReader, TermPostings } from './index-reader.js';
import type { QueryClause } from './lunr-internals.js';
import { FIELD_BOOSTS, INDEX_FIELDS, lunr, searchPipeline, type IndexField } from './lunr-setup.js';
import { phraseDocuments } from './phrase-positions.js';
import { PHRASE_FIELDS, type Phrase } from './query-phrases.js';

/** A wildcard or fuzzy term may stand for at most this many indexed words (see the README). */
export const MAX_EXPANSIONS = 2000;

const K1 = 1.2;
const B = 0.75;
const BODY = INDEX_FIELDS.indexOf('body');

export interface Candidate {
  id: number;
  score: number;
  /** Index terms that matched in the body (marked in snippets). */
  bodyTerms: Set<string>;
}

function fieldNumbers(fields: readonly string[]): number[] {
  return fields.map((name) => INDEX_FIELDS.indexOf(name as IndexField)).filter((n) => n >= 0);
}

function describe(clause: QueryClause, term: string): string {
  return clause.editDistance ? `${term}~${clause.editDistance}` : term;
}

/** The index terms a clause's term stands for (itself, or a wildcard's or fuzzy term's expansions). */
function expand(reader: IndexReader, clause: QueryClause, term: string): string[] {
  const edits = clause.editDistance ?? 0;
  let found: string[];
  if (edits > 0 && !clause.exact) found = reader.fuzzy(term, edits, MAX_EXPANSIONS);
  else if (term.includes('*') && !clause.exact) found = reader.glob(term, MAX_EXPANSIONS);
  else return reader.postings(term).count > 0 ? [term] : [];
  if (found.length > MAX_EXPANSIONS) {
    throw new WorkbenchError(
      'bad-query',
      `"${describe(clause, term)}" stands for more than ${MAX_EXPANSIONS.toLocaleString('en')} different words (the limit) — make it more specific, e.g. more letters before the *`,
    );
  }
  return found;
}

/** lunr's idf: documentsWithTerm counts a document once per field holding the term. */
function idf(entries: number, documents: number): number {
  return Math.log(1 + Math.abs((documents - entries + 0.5) / (entries + 0.5)));
}

function intersect(a: Set<number>, b: Set<number>): Set<number> {
  const out = new Set<number>();
  for (const id of a) if (b.has(id)) out.add(id);
  return out;
}

/** Adds each document's share of one query-vector element (term, field, boost) to its score. */
function scoreTerm(reader: IndexReader, postings: TermPostings, field: number, weight: number, into: Map<number, Candidate>): void {
  const { documents, lengths } = reader.stats;
  const average = (lengths[field] ?? 0) / Math.max(1, documents);
  const termIdf = idf(postings.count, documents);
  const boost = FIELD_BOOSTS[INDEX_FIELDS[field] as IndexField];
  for (let i = 0; i < postings.count; i++) {
    if (postings.fields[i] !== field) continue;
    const candidate = into.get(postings.documents[i] as number);
    if (!candidate) continue;
    const tf = (postings.starts[i + 1] as number) - (postings.starts[i] as number);
    const length = postings.lengths[i] as number;
    const bm25 = (termIdf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (length / average)) + tf);
    candidate.score += weight * (Math.round(bm25 * boost * 1000) / 1000);
  }
}

export function runQuery(reader: IndexReader, clauses: QueryClause[], phrases: Phrase[], allowed: Set<number> | null): Map<number, Candidate> {
  const queryVectors = new Map<number, Map<string, number>>();
  const matched = new Map<number, Set<string>>();
  const prohibited = new Set<number>();
  let required: Set<number> | null = null;
  for (const clause of clauses) {
    const fields = fieldNumbers(clause.fields);
    const presence = clause.presence ?? lunr.Query.presence.OPTIONAL;
    const terms = clause.usePipeline === false ? [clause.term] : searchPipeline.runString(clause.term);
    const clauseMatches = new Set<number>();
    for (const term of terms) {
      const expanded = expand(reader, clause, term);
      if (expanded.length === 0 && presence === lunr.Query.presence.REQUIRED) return new Map();
      for (const indexTerm of expanded) {
        const postings = reader.postings(indexTerm);
        for (let i = 0; i < postings.count; i++) {
          const field = postings.fields[i] as number;
          if (!fields.includes(field)) continue;
          const id = postings.documents[i] as number;
          if (presence === lunr.Query.presence.REQUIRED) clauseMatches.add(id);
          if (presence === lunr.Query.presence.PROHIBITED) {
            prohibited.add(id);
            continue;
          }
          const bodyTerms = matched.get(id) ?? new Set<string>();
          if (field === BODY) bodyTerms.add(indexTerm);
          matched.set(id, bodyTerms);
        }
        if (presence === lunr.Query.presence.PROHIBITED) continue;
        for (const field of fields) {
          const vector = queryVectors.get(field) ?? new Map<string, number>();
          vector.set(indexTerm, (vector.get(indexTerm) ?? 0) + (clause.boost ?? 1));
          queryVectors.set(field, vector);
        }
      }
    }
    if (presence === lunr.Query.presence.REQUIRED) required = required === null ? clauseMatches : intersect(required, clauseMatches);
  }
  const negated = clauses.length > 0 && clauses.every((clause) => clause.presence === lunr.Query.presence.PROHIBITED);
  const candidates = new Map<number, Candidate>();
  const ids = negated || clauses.length === 0 ? reader.allDocuments() : matched.keys();
  for (const id of ids) {
    if ((required && !required.has(id)) || prohibited.has(id) || (allowed && !allowed.has(id))) continue;
    candidates.set(id, { id, score: 0, bodyTerms: matched.get(id) ?? new Set() });
  }
  for (const phrase of phrases) {
    // Only stop words, or a negated phrase with stop words: confirmed against the text alone (search.ts).
    if (phrase.terms.length === 0 || (phrase.checkText && phrase.prohibited)) continue;
    const fields = fieldNumbers(phrase.fields ?? PHRASE_FIELDS);
    const having = phraseDocuments(reader, phrase, fields, phrase.prohibited ? null : new Set(candidates.keys()));
    for (const id of candidates.keys()) if (having.has(id) === phrase.prohibited) candidates.delete(id);
  }
  for (const [field, vector] of queryVectors) {
    let squares = 0;
    for (const boost of vector.values()) squares += boost * boost;
    const magnitude = Math.sqrt(squares);
    if (magnitude === 0) continue;
    for (const [term, boost] of vector) scoreTerm(reader, reader.postings(term), field, boost / magnitude, candidates);
  }
  return candidates;
}
