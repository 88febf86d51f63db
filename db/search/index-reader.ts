// Reads the index straight from SQLite: a query loads the postings of its own terms and nothing
// else (a fuzzy term also reads the term dictionary, once per index generation). Decoded postings are kept in a cache bounded by bytes (POSTINGS_CACHE_BYTES) and dropped
// whenever the index generation moves, so several processes can write the same workspace.
import type { Db } from '../open-workspace.js';
import { fuzzyMatcher } from './fuzzy-match.js';
import { indexGeneration, readStats, type IndexStats } from './index-meta.js';
import { decodePostings } from './posting-codec.js';
import { POSTING_ID_SPAN } from './posting-store.js';

/** Decoded postings kept between queries (see the README, Search). */
export const POSTINGS_CACHE_BYTES = 64 * 1024 * 1024;

/** One term's live postings, sorted by (document, field). */
export interface TermPostings {
  count: number;
  documents: Int32Array;
  fields: Uint8Array;
  lengths: Uint32Array;
  /** Positions of entry i: positions[starts[i]] … positions[starts[i + 1] - 1]. */
  starts: Uint32Array;
  positions: Uint32Array;
  bytes: number;
}

const EMPTY: TermPostings = {
  count: 0,
  documents: new Int32Array(0),
  fields: new Uint8Array(0),
  lengths: new Uint32Array(0),
  starts: new Uint32Array(1),
  positions: new Uint32Array(0),
  bytes: 0,
};

/** SQLite GLOB treats ? and [ as wildcards too: only lunr's * may be one here. */
function toGlob(pattern: string): string {
  return pattern.replace(/[?[]/g, (c) => `[${c}]`);
}

function sortByKey(postings: TermPostings): TermPostings {
  const order = Array.from({ length: postings.count }, (_, i) => i);
  order.sort((a, b) => (postings.documents[a] as number) - (postings.documents[b] as number) || (postings.fields[a] as number) - (postings.fields[b] as number));
  const sorted: TermPostings = {
    count: postings.count,
    documents: new Int32Array(postings.count),
    fields: new Uint8Array(postings.count),
    lengths: new Uint32Array(postings.count),
    starts: new Uint32Array(postings.count + 1),
    positions: new Uint32Array(postings.positions.length),
    bytes: postings.bytes,
  };
  let at = 0;
  order.forEach((from, to) => {
    sorted.documents[to] = postings.documents[from] as number;
    sorted.fields[to] = postings.fields[from] as number;
    sorted.lengths[to] = postings.lengths[from] as number;
    sorted.starts[to] = at;
    const slice = postings.positions.subarray(postings.starts[from], postings.starts[from + 1]);
    sorted.positions.set(slice, at);
    at += slice.length;
  });
  sorted.starts[postings.count] = at;
  return sorted;
}

interface TermDictionary {
  generation: number;
  terms: string[];
  masks: Uint32Array;
}

/** One bit per letter a word holds (letters past 32 share bits, which only lets more terms through). */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) % 32);
  return mask >>> 0;
}

function popCount(value: number): number {
  let rest = value >>> 0;
  let count = 0;
  while (rest !== 0) {
    rest &= rest - 1;
    count += 1;
  }
  return count;
}

export class IndexReader {
  private generation = -1;
  private dictionary: TermDictionary | null = null;
  private cache = new Map<string, TermPostings>();
  private cachedBytes = 0;
  private stale = new Map<number, Set<number>>();
  stats: IndexStats = { documents: 0, lengths: [] };

  constructor(private readonly db: Db) {}

  /** Call at the start of each query, inside its read transaction: drops what another write made stale. */
  refresh(): void {
    const generation = indexGeneration(this.db);
    if (generation === this.generation) return;
    this.cache.clear();
    this.cachedBytes = 0;
    this.stale.clear();
    for (const [batch, document, field] of this.db.prepare('SELECT batch, document_id, field FROM search_stale').raw().iterate() as Iterable<[number, number, number]>) {
      const set = this.stale.get(batch) ?? new Set<number>();
      set.add(document * 8 + field);
      this.stale.set(batch, set);
    }
    this.stats = readStats(this.db);
    this.generation = generation;
  }

  postings(term: string): TermPostings {
    const cached = this.cache.get(term);
    if (cached) {
      this.cache.delete(term);
      this.cache.set(term, cached);
      return cached;
    }
    const postings = this.load(term);
    this.remember(term, postings);
    return postings;
  }

  private remember(term: string, postings: TermPostings): void {
    if (postings.bytes > POSTINGS_CACHE_BYTES / 4) return;
    this.cache.set(term, postings);
    this.cachedBytes += postings.bytes;
    for (const [oldest, value] of this.cache) {
      if (this.cachedBytes <= POSTINGS_CACHE_BYTES) break;
      this.cache.delete(oldest);
      this.cachedBytes -= value.bytes;
    }
  }

  private load(term: string): TermPostings {
    const rows = this.db.prepare(`SELECT id / ${POSTING_ID_SPAN}, data FROM search_posting WHERE term = ? ORDER BY id`).raw().all(term) as [number, Buffer][];
    if (rows.length === 0) return EMPTY;
    const documents: number[] = [];
    const fields: number[] = [];
    const lengths: number[] = [];
    const starts: number[] = [];
    let positions = new Uint32Array(1024);
    let used = 0;
    let sorted = true;
    for (const [batch, data] of rows) {
      const stale = this.stale.get(batch);
      decodePostings(data, (document, field, length, found) => {
        if (stale?.has(document * 8 + field)) return;
        const last = documents.length - 1;
        if (last >= 0 && ((documents[last] as number) > document || ((documents[last] as number) === document && (fields[last] as number) >= field))) sorted = false;
        documents.push(document);
        fields.push(field);
        lengths.push(length);
        starts.push(used);
        if (used + found.length > positions.length) {
          const grown = new Uint32Array(Math.max(positions.length * 2, used + found.length));
          grown.set(positions.subarray(0, used));
          positions = grown;
        }
        positions.set(found, used);
        used += found.length;
      });
    }
    starts.push(used);
    const postings: TermPostings = {
      count: documents.length,
      documents: Int32Array.from(documents),
      fields: Uint8Array.from(fields),
      lengths: Uint32Array.from(lengths),
      starts: Uint32Array.from(starts),
      positions: positions.slice(0, used),
      bytes: documents.length * 13 + used * 4 + term.length * 2 + 64,
    };
    return sorted ? postings : sortByKey(postings);
  }

  /** The index term itself if the index holds it. */
  exact(term: string): string[] {
    return this.db.prepare('SELECT term FROM search_term WHERE term = ?').pluck().all(term) as string[];
  }

  /** Index terms a lunr wildcard pattern (* = any letters) stands for; at most `limit` + 1. */
  glob(pattern: string, limit: number): string[] {
    const star = pattern.indexOf('*');
    const prefix = star < 0 ? pattern : pattern.slice(0, star);
    const glob = toGlob(pattern);
    if (prefix === '')
      return this.db
        .prepare('SELECT term FROM search_term WHERE term GLOB ? LIMIT ?')
        .pluck()
        .all(glob, limit + 1) as string[];
    return this.db
      .prepare('SELECT term FROM search_term WHERE term >= ? AND term < ? AND term GLOB ? LIMIT ?')
      .pluck()
      .all(prefix, `${prefix}\u{10FFFF}`, glob, limit + 1) as string[];
  }

  /** Index terms within `distance` edits of `word` (lunr's fuzzy matching); at most `limit` + 1. */
  fuzzy(word: string, distance: number, limit: number): string[] {
    const dictionary = this.termDictionary();
    const wanted = letterMask(word);
    const matches = fuzzyMatcher(word, distance);
    const found: string[] = [];
    for (let i = 0; i < dictionary.terms.length; i++) {
      const term = dictionary.terms[i] as string;
      // An edit changes at most two letters' presence: a cheap test that skips most terms.
      if (Math.abs(term.length - word.length) > distance || popCount(wanted ^ (dictionary.masks[i] as number)) > 2 * distance) continue;
      if (!matches(term)) continue;
      found.push(term);
      if (found.length > limit) break;
    }
    return found;
  }

  /** Every index term with its letter mask, read once per index generation and only for fuzzy terms. */
  private termDictionary(): TermDictionary {
    if (this.dictionary?.generation === this.generation) return this.dictionary;
    const terms = this.db.prepare('SELECT term FROM search_term').pluck().all() as string[];
    this.dictionary = { generation: this.generation, terms, masks: Uint32Array.from(terms, letterMask) };
    return this.dictionary;
  }

  /** Every indexed document (for a query made only of negations). */
  allDocuments(): number[] {
    return this.db.prepare('SELECT DISTINCT document_id FROM search_field').pluck().all() as number[];
  }
}
