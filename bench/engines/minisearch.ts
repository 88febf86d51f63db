// Reference engine 2: MiniSearch (in-memory, persisted as JSON). Fields title + body, title
// boosted 10×, id/title stored; no phrase search and no snippets (it keeps no body text).
import MiniSearch, { type Options } from 'minisearch';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchQuery } from '../queries.js';
import { readCorpus, type CorpusDoc } from './read-corpus.js';
import type { BuildFigures, Engine, OpenedEngine } from './types.js';

const FILE = 'minisearch.json';

const OPTIONS: Options<CorpusDoc> = {
  fields: ['title', 'body'],
  storeFields: ['title'],
  searchOptions: { boost: { title: 10 } },
};

async function build(corpusDir: string, storeDir: string): Promise<BuildFigures> {
  rmSync(storeDir, { recursive: true, force: true });
  mkdirSync(storeDir, { recursive: true });
  const path = join(storeDir, FILE);
  const start = performance.now();
  const index = new MiniSearch<CorpusDoc>(OPTIONS);
  let documents = 0;
  for (const doc of readCorpus(corpusDir)) {
    index.add(doc);
    documents += 1;
  }
  writeFileSync(path, JSON.stringify(index));
  const importMs = performance.now() - start;
  const bytes = statSync(path).size;
  return { documents, failed: 0, pendingAfterImport: 0, importMs, searchableMs: importMs, indexBytes: bytes, storeBytes: bytes };
}

async function open(storeDir: string): Promise<OpenedEngine> {
  const index = MiniSearch.loadJSON<CorpusDoc>(readFileSync(join(storeDir, FILE), 'utf8'), OPTIONS);
  const run = (query: BenchQuery) => {
    if (query.minisearch === null) throw new Error(`MiniSearch cannot express ${query.id}`);
    return index.search(query.minisearch.query, query.minisearch.options);
  };
  return {
    search: async (query) => run(query).slice(0, 20).length,
    count: async (query) => run(query).length,
    raw: async (query) => index.search(query).slice(0, 20).length,
    close: () => undefined,
  };
}

export const engine: Engine = {
  name: 'minisearch',
  supports: (query) => query.minisearch !== null,
  build,
  open,
};
