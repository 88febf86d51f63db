// The fixed query set (40 queries over 9 kinds) with each engine's translation; null = the engine
// cannot express it (FTS5 has no fuzzy matching, MiniSearch no phrases or proximity). Picked to occur in the corpus.
import type { Query, SearchOptions } from 'minisearch';

export type QueryKind = 'common' | 'rare' | 'and' | 'field' | 'prefix' | 'fuzzy' | 'phrase' | 'proximity' | 'not';

export interface MiniQuery {
  query: Query;
  options?: SearchOptions;
}

export interface BenchQuery {
  id: string;
  kind: QueryKind;
  /** lunr syntax plus "quoted phrases", as typed into Assay. */
  assay: string;
  fts5: string | null;
  minisearch: MiniQuery | null;
}

const term = (word: string, kind: QueryKind): BenchQuery => ({
  id: word,
  kind,
  assay: word,
  fts5: word,
  minisearch: { query: word },
});

const and = (a: string, b: string): BenchQuery => ({
  id: `+${a} +${b}`,
  kind: 'and',
  assay: `+${a} +${b}`,
  fts5: `${a} AND ${b}`,
  minisearch: { query: `${a} ${b}`, options: { combineWith: 'AND' } },
});

const field = (word: string): BenchQuery => ({
  id: `title:${word}`,
  kind: 'field',
  assay: `title:${word}`,
  fts5: `title:${word}`,
  minisearch: { query: word, options: { fields: ['title'] } },
});

const prefix = (stem: string): BenchQuery => ({
  id: `${stem}*`,
  kind: 'prefix',
  assay: `${stem}*`,
  fts5: `${stem}*`,
  minisearch: { query: stem, options: { prefix: true } },
});

const fuzzy = (word: string, distance: number): BenchQuery => ({
  id: `${word}~${distance}`,
  kind: 'fuzzy',
  assay: `${word}~${distance}`,
  fts5: null,
  minisearch: { query: word, options: { fuzzy: distance } },
});

const phrase = (words: string): BenchQuery => ({
  id: `"${words}"`,
  kind: 'phrase',
  assay: `"${words}"`,
  fts5: `"${words}"`,
  minisearch: null,
});

/** Lucene's proximity ("a b"~N: at most N other words between, any order) is FTS5's NEAR(a b, N). */
const near = (a: string, b: string, slop: number): BenchQuery => ({
  id: `"${a} ${b}"~${slop}`,
  kind: 'proximity',
  assay: `"${a} ${b}"~${slop}`,
  fts5: `NEAR(${a} ${b}, ${slop})`,
  minisearch: null,
});

const not = (a: string, b: string): BenchQuery => ({
  id: `+${a} -${b}`,
  kind: 'not',
  assay: `+${a} -${b}`,
  fts5: `${a} NOT ${b}`,
  minisearch: { query: { combineWith: 'AND_NOT', queries: [a, b] } },
});

export const QUERIES: readonly BenchQuery[] = [
  ...['government', 'film', 'war', 'court', 'president', 'music', 'water', 'children'].map((w) => term(w, 'common')),
  ...['xenophobia', 'quantum', 'sanctuary', 'tribunal', 'taiwan', 'arbitration'].map((w) => term(w, 'rare')),
  and('human', 'rights'),
  and('climate', 'change'),
  and('nuclear', 'weapons'),
  and('police', 'court'),
  and('film', 'music'),
  field('film'),
  field('government'),
  field('water'),
  prefix('sanct'),
  prefix('govern'),
  prefix('elect'),
  prefix('nucl'),
  fuzzy('goverment', 1),
  fuzzy('tribunl', 1),
  fuzzy('climte', 1),
  phrase('human rights'),
  phrase('security council'),
  phrase('for the first time'),
  phrase('prime minister'),
  phrase('the united states'),
  near('human', 'rights', 5),
  near('climate', 'change', 10),
  near('government', 'police', 5),
  not('film', 'music'),
  not('government', 'united'),
  not('war', 'film'),
];

/** The query every engine runs first in a fresh process (the cold open-to-first-result figure). */
export const FIRST_QUERY: BenchQuery = term('government', 'common');

/** Vocabulary-expanding queries: the worst case the Assay syntax allows (Assay only). */
export const WORST_CASE_QUERIES: readonly string[] = ['*', '*a*', 'a*', '*e*', 't*~2'];
