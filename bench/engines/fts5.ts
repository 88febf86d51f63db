// Reference engine 1: SQLite FTS5 (better-sqlite3), external-content table over `documents`,
// porter stemming, bm25 with the title weighted 10×, snippet() on the body, top 20.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchQuery } from '../queries.js';
import { readCorpus } from './read-corpus.js';
import type { BuildFigures, Engine, OpenedEngine } from './types.js';

const FILE = 'fts5.db';

function fileBytes(path: string): number {
  let total = 0;
  for (const suffix of ['', '-wal']) if (existsSync(path + suffix)) total += statSync(path + suffix).size;
  return total;
}

function indexBytes(db: Database.Database): number {
  try {
    const row = db.prepare("SELECT sum(pgsize) AS n FROM dbstat WHERE name LIKE 'fts%'").get() as { n: number | null };
    return row.n ?? 0;
  } catch {
    const content = db.prepare("SELECT sum(pgsize) AS n FROM dbstat WHERE name = 'documents'").get() as { n: number | null };
    return fileBytes(db.name) - (content.n ?? 0);
  }
}

async function build(corpusDir: string, storeDir: string): Promise<BuildFigures> {
  rmSync(storeDir, { recursive: true, force: true });
  mkdirSync(storeDir, { recursive: true });
  const path = join(storeDir, FILE);
  const start = performance.now();
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`
    CREATE TABLE documents (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL, source TEXT);
    CREATE VIRTUAL TABLE fts USING fts5(title, body, content='documents', content_rowid='id', tokenize='porter unicode61');
  `);
  const insertDoc = db.prepare('INSERT INTO documents (id, title, body, source) VALUES (?, ?, ?, ?)');
  const insertFts = db.prepare('INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)');
  let documents = 0;
  db.transaction(() => {
    for (const doc of readCorpus(corpusDir)) {
      insertDoc.run(doc.id, doc.title, doc.body, doc.source);
      insertFts.run(doc.id, doc.title, doc.body);
      documents += 1;
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  const importMs = performance.now() - start;
  const figures = { documents, failed: 0, pendingAfterImport: 0, importMs, searchableMs: importMs, indexBytes: indexBytes(db), storeBytes: 0 };
  db.close();
  figures.storeBytes = fileBytes(path);
  return figures;
}

function need(query: BenchQuery): string {
  if (query.fts5 === null) throw new Error(`FTS5 cannot express ${query.id}`);
  return query.fts5;
}

async function open(storeDir: string): Promise<OpenedEngine> {
  const db = new Database(join(storeDir, FILE), { fileMustExist: true });
  db.pragma('journal_mode = WAL');
  const search = db.prepare(`
    SELECT d.id, d.title, snippet(fts, 1, '[', ']', '…', 16) AS snippet
    FROM fts JOIN documents d ON d.id = fts.rowid
    WHERE fts MATCH ? ORDER BY bm25(fts, 10.0, 1.0) LIMIT 20`);
  const count = db.prepare('SELECT count(*) AS n FROM fts WHERE fts MATCH ?');
  return {
    search: async (query) => search.all(need(query)).length,
    count: async (query) => (count.get(need(query)) as { n: number }).n,
    raw: async (query) => search.all(query).length,
    close: () => db.close(),
  };
}

export const engine: Engine = {
  name: 'fts5',
  supports: (query) => query.fts5 !== null,
  build,
  open,
};
