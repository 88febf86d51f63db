// What every benchmarked engine provides: build a persisted index from the corpus folder, reopen it.
import type { BenchQuery } from '../queries.js';

export type EngineName = 'assay' | 'fts5' | 'minisearch';
export const ENGINE_NAMES: readonly EngineName[] = ['assay', 'fts5', 'minisearch'];

export interface BuildFigures {
  documents: number;
  failed: number;
  /** From the files on disk to the end of the import (Assay: copied passages found too). */
  importMs: number;
  /** From the files on disk to every document searchable in a persisted index (Assay: before its copies phase; the others: importMs). */
  searchableMs: number;
  /** Bytes of the search index proper (segments, FTS shadow tables, serialized index). */
  indexBytes: number;
  /** Documents the engine still has to index when import returns (Assay's search_pending). */
  pendingAfterImport: number;
  /** Bytes of everything persisted (workspace / database / index file). */
  storeBytes: number;
}

export interface OpenedEngine {
  /** Runs the query as the user would (top 20, with snippets where the engine has them); hits returned. */
  search(query: BenchQuery): Promise<number>;
  /** How many documents match in total (untimed sanity figure). */
  count(query: BenchQuery): Promise<number>;
  /** Runs a raw query string in the engine's own syntax (worst-case probes). */
  raw(query: string): Promise<number>;
  /** Saves one analyst's note on a document (Assay only): what an analyst waits for on every save. */
  saveNote?(text: string): Promise<void>;
  close(): void;
}

export interface Engine {
  name: EngineName;
  supports(query: BenchQuery): boolean;
  build(corpusDir: string, storeDir: string): Promise<BuildFigures>;
  open(storeDir: string): Promise<OpenedEngine>;
}
