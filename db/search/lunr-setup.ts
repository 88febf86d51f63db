// The one lunr configuration the index is written and queried with: fields, the
// tokenizer, and a script-aware pipeline (English Porter stemmer for Latin words, lunr-languages'
// Russian stemmer for Cyrillic ones). Change anything here and INDEX_VERSION must go up.
import lunr from 'lunr';
import installStemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import installRussian from 'lunr-languages/lunr.ru.js';
import { foldSearchText } from './fold-text.js';

/** Bump when fields, tokenizer or pipeline change: an index of another version is rebuilt. */
export const INDEX_VERSION = 5;

export const INDEX_FIELDS = ['title', 'source', 'author', 'body', 'notes', 'tags', 'doctags'] as const;
export type IndexField = (typeof INDEX_FIELDS)[number];

/** Boosts: a hit in the headline says more than one deep in the text. */
export const FIELD_BOOSTS: Record<IndexField, number> = { title: 8, source: 2, author: 2, body: 1, notes: 3, tags: 3, doctags: 3 };

export interface IndexableDocument {
  id: number;
  title: string;
  source: string;
  author: string;
  body: string;
  notes: string;
  tags: string;
  doctags: string;
}

interface RussianNamespace {
  ru: { stemmer: lunr.PipelineFunction; stopWordFilter: lunr.PipelineFunction; wordCharacters: string };
  trimmerSupport: { generateTrimmer(wordCharacters: string): lunr.PipelineFunction };
}

installStemmerSupport(lunr);
installRussian(lunr);
const lunrRu = lunr as unknown as typeof lunr & RussianNamespace;

// Split on whitespace, hyphens, dashes and slashes: "Minsk–Moscow" is two words.
lunr.tokenizer.separator = /[\s\-\u2010-\u2015/]+/;
// lunr 2.3.9 internal (pinned exactly in package.json): QueryLexer.termSeparator is undocumented and
// copied from the tokenizer only once, at load. If it were not honoured, a typed "Minsk–Moscow"
// would stay one query term that no index term (split in two) can match.
(lunr as unknown as { QueryLexer: { termSeparator: RegExp } }).QueryLexer.termSeparator = lunr.tokenizer.separator;

const CYRILLIC = /[\u0400-\u04ff]/;

// lunr-languages internals (trimmerSupport, ru.wordCharacters; package.json holds it to 1.22.x): a
// different trimmer changes the index terms, so INDEX_VERSION would have to go up.
const trimmer = lunrRu.trimmerSupport.generateTrimmer(`\\w${lunrRu.ru.wordCharacters}`);

/**
 * Folds spellings that analysts type interchangeably (foldSearchText, the fold phrase matching uses
 * too), then drops a possessive 's from the term; a quoted phrase still matches the 's as written.
 */
const normaliser: lunr.PipelineFunction = (token) => token.update((text) => foldSearchText(text).replace(/'s$/, ''));

const stopWords: lunr.PipelineFunction = (token, i, tokens) =>
  CYRILLIC.test(token.toString()) ? lunrRu.ru.stopWordFilter(token, i, tokens) : lunr.stopWordFilter(token);

const stems = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/**
 * One stemmer per word, chosen by its script, so English and Russian both stem in one index.
 * Stemming is the costliest step of indexing and words recur, so stems are remembered (bounded).
 */
const stemmer: lunr.PipelineFunction = (token, i, tokens) => {
  const word = token.toString();
  const known = stems.get(word);
  if (known !== undefined) return token.update(() => known);
  const stemmed = CYRILLIC.test(word) ? lunrRu.ru.stemmer(token, i, tokens) : lunr.stemmer(token);
  if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
  stems.set(word, stemmed.toString());
  return stemmed;
};

lunr.Pipeline.registerFunction(trimmer, 'assay-trimmer');
lunr.Pipeline.registerFunction(normaliser, 'assay-normaliser');
lunr.Pipeline.registerFunction(stopWords, 'assay-stop-words');
lunr.Pipeline.registerFunction(stemmer, 'assay-stemmer');

/** The pipeline run on every token at index time; re-run on document text to mark matches. */
export const indexPipeline = new lunr.Pipeline();
indexPipeline.add(trimmer, normaliser, stopWords, stemmer);

/** The pipeline a query's words go through (lunr runs the index pipeline's stemming, not its stop words). */
export const searchPipeline = new lunr.Pipeline();
searchPipeline.add(normaliser, stemmer);

/** True for a word the index never stores (a stop word), so a query need not require it. */
export function isStopWord(word: string): boolean {
  return indexPipeline.runString(word).length === 0;
}

export { lunr };
