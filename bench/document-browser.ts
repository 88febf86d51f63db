// The document browser at scale: 100,000 documents of 1–6 KB (BENCH_BROWSE_DOCS to change) stored
// directly (the search index is not needed to list them), a few thousand highlights and document tags,
// then the time of one page of 100 sorted by each column, at the start and 90% of the way down, the
// total, and every id a filter matches ("select all"). A script that prints figures, not a test:
//   npx tsc -p tsconfig.build.json --outDir dist/.browse-bench && node dist/.browse-bench/bench/document-browser.js
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOCUMENT_SORT_KEYS } from '../api/schemas/document-browser.js';
import type { SearchFilters } from '../api/types.js';
import { browseDocuments, listDocumentIds } from '../db/document-browser.js';
import { openWorkspace } from '../db/open-workspace.js';

const COUNT = Number.parseInt(process.env.BENCH_BROWSE_DOCS ?? '100000', 10);
const SOURCES = ['Reuters', 'BBC Monitoring', 'TASS', 'Meridian Wire', 'DravPress', null];
const LANGUAGES = ['en', 'ru', 'uk', 'de'];

function ms(start: bigint): string {
  return `${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(1)} ms`;
}

const dir = mkdtempSync(join(tmpdir(), 'assay-browse-bench-'));
try {
  const db = openWorkspace(join(dir, 'w.db'));
  const fill = process.hrtime.bigint();
  const insert = db.prepare(
    `INSERT INTO document (title, body, source, author, url, published_at, language, origin, content_hash, imported_at, meta)
     VALUES (?, ?, ?, NULL, NULL, ?, ?, ?, ?, '2026-01-01T00:00:00Z', '{}')`,
  );
  const annotate = db.prepare(
    `INSERT INTO annotation (id, document_id, start, end, exact, prefix, suffix, note, created_at, updated_at)
     VALUES (?, ?, 0, 4, 'Body', '', '', '', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
  );
  db.transaction(() => {
    for (let i = 0; i < COUNT; i += 1) {
      const day = new Date(Date.UTC(2020, 0, 1) + ((i * 7919) % 2000) * 86_400_000).toISOString().slice(0, 10);
      const body = `Body ${i} ${'lorem ipsum dolor sit amet '.repeat(40 + ((i * 31) % 200))}`;
      insert.run(`Report ${(i * 7727) % COUNT}`, body, SOURCES[i % SOURCES.length] ?? null, day, LANGUAGES[i % LANGUAGES.length] ?? 'en', `/c/${i}.txt`, `h${i}`);
      if (i % 37 === 0) annotate.run(`a${i}`, i + 1);
    }
  })();
  console.log(`${COUNT.toLocaleString('en')} documents stored in ${ms(fill)}`);

  const time = (label: string, run: () => unknown): void => {
    const start = process.hrtime.bigint();
    run();
    console.log(`${label.padEnd(44)}${ms(start)}`);
  };
  const deep = Math.floor(COUNT * 0.9);
  for (const sort of DOCUMENT_SORT_KEYS) {
    for (const descending of [false, true]) {
      time(`${sort} ${descending ? 'desc' : 'asc '} first page`, () => browseDocuments(db, { sort, descending, limit: 100 }));
      time(`${sort} ${descending ? 'desc' : 'asc '} page at ${deep.toLocaleString('en')}`, () => browseDocuments(db, { sort, descending, limit: 100, offset: deep }));
    }
  }
  const filters: SearchFilters = { source: 'reuters', language: 'en' };
  time('source + language, by date, first page', () => browseDocuments(db, { sort: 'date', descending: true, filters, limit: 100 }));
  time('has highlights, by title, first page', () => browseDocuments(db, { sort: 'title', filters: { hasHighlights: true }, limit: 100 }));
  time('select all that match (no filter)', () => listDocumentIds(db, undefined));
  time('select all that match (source)', () => listDocumentIds(db, { source: 'TASS' }));
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
