// Messages between the orchestrator (run.ts) and the forked worker (worker.ts): one task in via
// argv, one reply out over IPC, with the child's own peak RSS.
import type { BuildFigures, EngineName } from './engines/types.js';

export type Task =
  | { kind: 'build'; engine: EngineName; corpusDir: string; storeDir: string }
  | { kind: 'query'; engine: EngineName; storeDir: string; warmups: number; reps: number }
  | { kind: 'worst'; engine: EngineName; storeDir: string; query: string };

export interface ColdFigures {
  /** Loading the engine's modules (lunr / better-sqlite3 / minisearch) in the fresh process. */
  loadMs: number;
  /** Opening the persisted workspace / database / index. */
  openMs: number;
  firstQueryMs: number;
  /** load + open + first query: the "open to first result" figure. */
  totalMs: number;
  /** The same instant measured from the child process's start (includes Node's own boot). */
  sinceProcessStartMs: number;
  firstHits: number;
}

export interface QueryFigures {
  id: string;
  supported: boolean;
  samples: number[];
  /** Hits returned (top 20) and documents matching in total. */
  hits: number;
  total: number;
  error?: string;
}

export interface QueryRun {
  cold: ColdFigures;
  queries: QueryFigures[];
  /** Each timed save of one note (with its index update), when the engine stores notes. */
  noteSaveMs?: number[];
}

export interface WorstFigures {
  query: string;
  samples: number[];
  hits: number;
  refused: string | null;
}

export type Reply =
  | { ok: true; kind: 'build'; result: BuildFigures; maxRssKb: number }
  | { ok: true; kind: 'query'; result: QueryRun; maxRssKb: number }
  | { ok: true; kind: 'worst'; result: WorstFigures; maxRssKb: number }
  | { ok: false; error: string; code: string | null; maxRssKb: number };

/** Everything measured for one engine at one corpus size (written to bench-out/results-<size>.json). */
export interface EngineResult {
  build?: BuildFigures;
  buildRssKb?: number;
  /** First process to open the store after the import: cold figures, then the query set. */
  run?: QueryRun;
  queryRssKb?: number;
  /** A second fresh process opening the same store (the everyday "start the app, search" case). */
  reopen?: ColdFigures;
  reopenRssKb?: number;
  /** Why the engine has no figures (e.g. "not built yet" while the core is being written). */
  error?: string;
}

export interface WorstResult {
  query: string;
  /** Median of the runs, or null when refused, failed or timed out. */
  ms: number | null;
  hits: number | null;
  note: string;
}

export interface SizeResult {
  size: number;
  startedAt: string;
  node: string;
  platform: string;
  /** os.loadavg() before and after this size, since other work on the machine skews every column. */
  loadAverage: { before: number[]; after: number[] };
  corpus: { documents: number; bytes: number; sources: number; sha256: string };
  settings: { warmups: number; reps: number };
  engines: Partial<Record<EngineName, EngineResult>>;
  worstCase?: WorstResult[];
}
