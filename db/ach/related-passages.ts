// Echoes: the passages elsewhere in the corpus that report what a highlight reports. The highlight's
// distinctive words — each weighted by how rare it is in the corpus, numbers twice and names one and
// a half times, since a figure or a name is what a relayed claim keeps — query the search index; in each document found, the sentence that shares the most weight with the
// highlight is the related passage, scored by that share. Read-only; the index must be current.
import type { RelatedPassage } from '../../api/types.js';
import { getAnnotation } from '../annotations-read.js';
import { copiesOverlapping, type CopyLink } from '../copies/copies-read.js';
import type { Db } from '../open-workspace.js';
import { analyseText } from '../search/analyse-text.js';
import type { IndexReader } from '../search/index-reader.js';
import { INDEX_FIELDS, lunr } from '../search/lunr-setup.js';
import { runQuery } from '../search/run-query.js';

/** Documents whose sentences are weighed; the index ranks them first. */
const CANDIDATE_DOCUMENTS = 40;
/** A related passage shares at least this part of the highlight's weight… */
const MIN_SCORE = 0.35;
/** …and at least this many of its distinct words (one rare word alone is a coincidence). */
const MIN_SHARED = 2;

const BODY = INDEX_FIELDS.indexOf('body');

/** Documents whose body holds the term. */
function documentFrequency(reader: IndexReader, term: string): number {
  const postings = reader.postings(term);
  let count = 0;
  for (let i = 0; i < postings.count; i++) if (postings.fields[i] === BODY) count += 1;
  return count;
}

/** BM25's inverse document frequency: a word in every document weighs almost nothing. */
function rarity(documents: number, frequency: number): number {
  return Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
}

/** How much more a word tells as written: a number (30,000) twice, a name (Belarus) one and a half times. */
function kindFactor(written: string): number {
  if (/\p{N}/u.test(written)) return 2;
  return /^\p{Lu}/u.test(written) ? 1.5 : 1;
}

interface SentenceMatch {
  start: number;
  end: number;
  score: number;
  shared: string[];
}

/** The sentence of `body` sharing the most weight with the highlight's terms. */
function bestSentence(body: string, language: string, weights: ReadonlyMap<string, number>, total: number): SentenceMatch | null {
  const segmenter = new Intl.Segmenter(language === 'und' ? 'en' : language, { granularity: 'sentence' });
  let best: SentenceMatch | null = null;
  for (const { segment, index } of segmenter.segment(body)) {
    const found = new Map<string, string>();
    for (const word of analyseText(segment)) if (weights.has(word.term) && !found.has(word.term)) found.set(word.term, segment.slice(word.start, word.end));
    if (found.size < MIN_SHARED) continue;
    let weight = 0;
    for (const term of found.keys()) weight += weights.get(term) ?? 0;
    const score = weight / total;
    if (!best || score > best.score) {
      const trimmed = segment.trimEnd();
      const lead = trimmed.length - trimmed.trimStart().length;
      best = { start: index + lead, end: index + trimmed.length, score, shared: [...found.values()] };
    }
  }
  return best;
}

interface DocumentRow {
  id: number;
  title: string;
  source: string | null;
  date: string | null;
  language: string;
  body: string;
}

export function relatedPassages(db: Db, reader: IndexReader, annotationId: string, limit: number): RelatedPassage[] {
  const annotation = getAnnotation(db, annotationId);
  reader.refresh();
  const documents = reader.stats.documents;
  const weights = new Map<string, number>();
  for (const word of analyseText(annotation.exact)) {
    const weight = rarity(documents, documentFrequency(reader, word.term)) * kindFactor(annotation.exact.slice(word.start, word.end));
    weights.set(word.term, Math.max(weight, weights.get(word.term) ?? 0));
  }
  const total = [...weights.values()].reduce((sum, weight) => sum + weight, 0);
  if (weights.size < MIN_SHARED || total === 0) return [];

  const clauses = [...weights].map(([term, weight]) => ({
    term,
    fields: ['body'],
    boost: weight,
    usePipeline: false,
    exact: true,
    editDistance: 0,
    presence: lunr.Query.presence.OPTIONAL,
    wildcard: lunr.Query.wildcard.NONE,
  }));
  const scores = new Map<number, number>();
  for (const candidate of runQuery(reader, clauses, [], null).values()) if (candidate.id !== annotation.documentId) scores.set(candidate.id, candidate.score);
  const candidates = [...scores].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATE_DOCUMENTS);
  const read = db.prepare('SELECT id, title, source, published_at AS date, language, body FROM document WHERE id = ?');
  const highlightAt = db.prepare('SELECT id FROM annotation WHERE document_id = ? AND start < ? AND end > ? ORDER BY start LIMIT 1').pluck();
  const linked = new Set(
    db
      .prepare('SELECT second_id FROM claim_link WHERE first_id = ? UNION SELECT first_id FROM claim_link WHERE second_id = ?')
      .pluck()
      .all(annotationId, annotationId) as string[],
  );
  // Copies of the highlighted passage found at import, by document, seen from the other side.
  const copies = new Map<number, CopyLink[]>();
  for (const link of copiesOverlapping(db, annotation.documentId, annotation.start, annotation.end))
    copies.set(link.documentId, [...(copies.get(link.documentId) ?? []), link]);
  const copyOf = (id: number, start: number, end: number): Pick<RelatedPassage, 'copy'> => {
    const link = copies.get(id)?.find((l) => l.start < end && l.end > start);
    return link ? { copy: link.role === 'copy-of' ? 'copied-by' : 'copy-of' } : {};
  };
  const out: RelatedPassage[] = [];
  for (const [id] of candidates) {
    const doc = read.get(id) as DocumentRow | undefined;
    if (!doc) continue;
    const match = bestSentence(doc.body, doc.language, weights, total);
    if (!match || match.score < MIN_SCORE) continue;
    const existing = (highlightAt.get(id, match.end, match.start) as string | undefined) ?? null;
    out.push({
      documentId: doc.id,
      title: doc.title,
      source: doc.source,
      date: doc.date,
      start: match.start,
      end: match.end,
      exact: doc.body.slice(match.start, match.end),
      score: Math.round(match.score * 1000) / 1000,
      shared: match.shared,
      annotationId: existing,
      sameClaim: existing !== null && linked.has(existing),
      ...copyOf(doc.id, match.start, match.end),
    });
  }
  return out.sort((a, b) => b.score - a.score || (a.date ?? '').localeCompare(b.date ?? '')).slice(0, limit);
}
