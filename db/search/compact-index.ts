// Stores a lunr index in a compact form and loads it lazily. lunr's own JSON is object-heavy
// (an object per term, field and posting) and Index.load rebuilds every vector and the whole token
// set up front: at 5,000 documents that is ~1.5 s before the first result. Here postings are
// plain number arrays, and postings, vectors and the token set are materialised on first use.
// Relies on lunr 2.3.9 internals (pinned exactly in package.json), each named where it is used;
// tests cover every query kind.
import { expandGlob, globOf } from './glob-terms.js';
import { lunr } from './lunr-setup.js';

// lunr 2.3.9 internal: the shape of Index#toJSON, each posting's `_index` (the term's vector
// dimension) included. If it changes, serialiseIndex stores wrong postings or throws.
interface LunrJson {
  fields: string[];
  pipeline: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, Record<string, Record<string, unknown>> & { _index: number }][];
}

interface CompactIndex {
  format: 'assay-compact-1';
  fields: string[];
  pipeline: string[];
  /** Sorted, as lunr's token set requires. */
  terms: string[];
  /** lunr's term number (vector dimension) of each term. */
  termNumbers: number[];
  /** postings[term][field] = document refs. */
  postings: number[][][];
  /** Non-empty field vectors: [fieldRef, [dimension, weight, …]]. */
  vectors: [string, number[]][];
}

const NO_METADATA: Record<string, never> = Object.freeze(Object.create(null) as Record<string, never>);

/** Weights keep 4 decimals: ranking is unchanged in practice and the text shrinks by a third. */
function round(weight: number): number {
  return Math.round(weight * 1e4) / 1e4;
}

export function serialiseIndex(index: lunr.Index): string {
  const json = index.toJSON() as unknown as LunrJson;
  const compact: CompactIndex = {
    format: 'assay-compact-1',
    fields: json.fields,
    pipeline: json.pipeline,
    terms: json.invertedIndex.map(([term]) => term),
    termNumbers: json.invertedIndex.map(([, posting]) => posting._index),
    postings: json.invertedIndex.map(([, posting]) => json.fields.map((field) => Object.keys(posting[field] ?? {}).map(Number))),
    vectors: json.fieldVectors
      .filter(([, elements]) => elements.length > 0)
      .map(([ref, elements]) => [ref, elements.map((value, i) => (i % 2 === 1 ? round(value) : value))]),
  };
  return JSON.stringify(compact);
}

// lunr 2.3.9 internal: a TokenSet node's `edges` and `final`. If they change, this throws and
// every search of a loaded segment fails.
/** If the token set spells one plain word (no wildcard, not fuzzy), that word; else null. */
function plainWord(set: lunr.TokenSet): string | null {
  let node = set as unknown as { final: boolean; edges: Record<string, unknown> };
  let word = '';
  for (;;) {
    const keys = Object.keys(node.edges);
    if (keys.length === 0) return node.final ? word : null;
    if (keys.length !== 1 || keys[0] === '*' || node.final) return null;
    word += keys[0];
    node = node.edges[keys[0] as string] as typeof node;
  }
}

// lunr 2.3.9 internal: Index#query only calls tokenSet.intersect(pattern).toArray(), and
// TokenSet.fromArray wants sorted terms. A query that used more of the token set would fail.
// Plain words and wildcards are looked up in the sorted terms; only fuzzy terms build the trie.
function lazyTokenSet(terms: string[], known: Map<string, number>): lunr.TokenSet {
  let full: lunr.TokenSet | null = null;
  const lazy = {
    intersect(pattern: lunr.TokenSet): { toArray(): string[] } {
      const word = plainWord(pattern);
      if (word !== null) return { toArray: () => (known.has(word) ? [word] : []) };
      const glob = globOf(pattern);
      if (glob !== null) return { toArray: () => expandGlob(terms, glob) };
      const built = full ?? (lunr.TokenSet as unknown as { fromArray(words: string[]): lunr.TokenSet }).fromArray(terms);
      full = built;
      return built.intersect(pattern);
    },
    toArray: (): string[] => terms,
  };
  return lazy as unknown as lunr.TokenSet;
}

// lunr 2.3.9 internal: Index#query reads invertedIndex[term]._index and the document refs under
// posting[field], and copies each ref's metadata. A query reading postings otherwise finds nothing.
function lazyPostings(data: CompactIndex, known: Map<string, number>): object {
  const made = Object.create(null) as Record<string, object>;
  return new Proxy(made, {
    get(target, key) {
      if (typeof key !== 'string') return undefined;
      const cached = target[key];
      if (cached) return cached;
      const position = known.get(key);
      if (position === undefined) return undefined;
      const posting: Record<string, unknown> = { _index: data.termNumbers[position] };
      data.fields.forEach((field, f) => {
        const refs = Object.create(null) as Record<string, unknown>;
        for (const ref of data.postings[position]?.[f] ?? []) refs[ref] = NO_METADATA;
        posting[field] = refs;
      });
      target[key] = posting;
      return posting;
    },
  });
}

// lunr 2.3.9 internal: Index#query reads fieldVectors[fieldRef], lists them with Object.keys for
// an all-negated query, and lunr.Vector takes [dimension, weight, …]. Otherwise scores go wrong.
function lazyVectors(data: CompactIndex): object {
  const elements = new Map(data.vectors);
  const made = Object.create(null) as Record<string, lunr.Vector>;
  return new Proxy(made, {
    get(target, key) {
      if (typeof key !== 'string') return undefined;
      const cached = target[key];
      if (cached) return cached;
      const values = elements.get(key);
      if (!values) return undefined;
      const vector = new lunr.Vector(values);
      target[key] = vector;
      return vector;
    },
    // A query made only of negations lists every field vector.
    ownKeys: () => [...elements.keys()],
    getOwnPropertyDescriptor: (_target, key) =>
      typeof key === 'string' && elements.has(key) ? { enumerable: true, configurable: true, writable: true, value: undefined } : undefined,
  });
}

// lunr 2.3.9 internal: the attributes new lunr.Index keeps (the ones Index.load would build).
export function loadCompactIndex(text: string): lunr.Index {
  const data = JSON.parse(text) as CompactIndex;
  if (data.format !== 'assay-compact-1') throw new Error('not a compact Assay index segment');
  const known = new Map(data.terms.map((term, i) => [term, i]));
  return new lunr.Index({
    invertedIndex: lazyPostings(data, known),
    fieldVectors: lazyVectors(data),
    tokenSet: lazyTokenSet(data.terms, known),
    fields: data.fields,
    pipeline: lunr.Pipeline.load(data.pipeline),
  } as unknown as lunr.Index.Attributes);
}
