// The index's small bookkeeping in the meta table: its version, a generation that moves with every
// index write (readers drop their caches when it does), and the corpus statistics BM25 needs —
// how many documents are indexed and the total length of each field.
import type { Db } from '../open-workspace.js';
import { INDEX_FIELDS } from './lunr-setup.js';

export interface IndexStats {
  documents: number;
  /** Total length in terms of each field, in INDEX_FIELDS order. */
  lengths: number[];
}

function readMeta(db: Db, key: string): string | undefined {
  return db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined;
}

function writeMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function indexVersion(db: Db): number | null {
  const value = readMeta(db, 'index.version');
  return value === undefined ? null : Number(value);
}

export function setIndexVersion(db: Db, version: number): void {
  writeMeta(db, 'index.version', String(version));
}

export function indexGeneration(db: Db): number {
  return Number(readMeta(db, 'index.generation') ?? '0');
}

export function bumpGeneration(db: Db): void {
  writeMeta(db, 'index.generation', String(indexGeneration(db) + 1));
}

export function readStats(db: Db): IndexStats {
  const text = readMeta(db, 'index.stats');
  if (text === undefined) return { documents: 0, lengths: INDEX_FIELDS.map(() => 0) };
  return JSON.parse(text) as IndexStats;
}

export function writeStats(db: Db, stats: IndexStats): void {
  writeMeta(db, 'index.stats', JSON.stringify(stats));
}
