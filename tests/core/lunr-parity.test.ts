// Assay answers queries from postings stored in SQLite (db/search/run-query.ts), not from a loaded
// lunr.Index. Its ranking must stay lunr's: over 2,000 documents of real English sentences, a plain
// lunr.Index built with the same pipeline returns the same first hit and at least 9 of the same
// top 10 for every query kind lunr has (words, +must, -not, fields, wildcards, fuzzy, boosts).
import { all as allSentences } from 'nlp-corpus';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/corpus.js';
import { readIndexableDocuments } from '../../db/search/indexable-documents.js';
import { FIELD_BOOSTS, INDEX_FIELDS, indexPipeline, lunr, type IndexableDocument } from '../../db/search/lunr-setup.js';
import { addDocuments, doc, freshWorkbench } from '../support/workspace.js';

const SOURCES = ['Wire', 'Parliament', 'Reviews', 'Blogs'];

function corpus(count: number) {
  const random = mulberry32(20261201);
  const sentences = allSentences() as string[];
  return Array.from({ length: count }, (_, i) => {
    const pick = () => sentences[Math.floor(random() * sentences.length)] as string;
    const body = Array.from({ length: 6 + Math.floor(random() * 20) }, pick).join(' ');
    return doc({ title: pick().split(' ').slice(0, 8).join(' '), body, source: SOURCES[i % SOURCES.length] as string, origin: `d${i}.txt` });
  });
}

/** The reference: lunr's own builder and Index#search, with Assay's pipeline and field boosts. */
function plainLunr(documents: IndexableDocument[]): lunr.Index {
  return lunr(function () {
    this.pipeline = lunr.Pipeline.load(indexPipeline.toJSON());
    this.searchPipeline = lunr.Pipeline.load(['assay-normaliser', 'assay-stemmer']);
    this.ref('id');
    for (const field of INDEX_FIELDS) this.field(field, { boost: FIELD_BOOSTS[field] });
    for (const document of documents) this.add({ ...document, id: String(document.id) });
  });
}

const QUERIES = [
  'government',
  'people said',
  'new york',
  'time money',
  '+first +time',
  '+president -election',
  'title:world',
  'source:wire',
  'title:life body:death',
  'work*',
  'inter*',
  'chang*',
  'goverment~1',
  'histroy~2',
  'war^3 peace',
  'music film^2 art',
  'school children teachers',
  'water -river',
];

describe('ranking parity with a plain lunr.Index', () => {
  it('returns the same first hit and at least 9 of the same top 10', async () => {
    const wb = freshWorkbench();
    const ids = addDocuments(wb, corpus(2000));
    const reference = plainLunr(readIndexableDocuments(wb.db, ids));
    for (const query of QUERIES) {
      const expected = reference.search(query).map((r) => Number(r.ref));
      const got = (await wb.search({ query, limit: 10 })).hits.map((h) => h.id);
      expect(expected.length, query).toBeGreaterThan(10);
      expect(got[0], query).toBe(expected[0]);
      const shared = got.filter((id) => expected.slice(0, 10).includes(id)).length;
      expect(shared, query).toBeGreaterThanOrEqual(9);
      expect((await wb.search({ query, limit: 1 })).total, query).toBe(expected.length);
    }
  }, 120_000);
});
