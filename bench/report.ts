// Turns the raw figures into the printed tables: one summary block per size (with targets), the
// per-query latency block and the worst-case block. Also derives the pooled p50/p95 figures.
import { QUERIES } from './queries.js';
import { percentile, ratio } from './stats.js';
import { ENGINE_NAMES, type EngineName } from './engines/types.js';
import type { EngineResult, SizeResult, WorstResult } from './protocol.js';

const LABEL: Record<EngineName, string> = { assay: 'Assay', fts5: 'FTS5', minisearch: 'MiniSearch' };

/** Plain-text table; columns in `left` are left-aligned, the rest (figures) right-aligned. */
export function table(headers: string[], rows: string[][], left: readonly number[] = [0]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (left.includes(i) ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

export const ms = (v: number | undefined | null): string =>
  v === undefined || v === null || !Number.isFinite(v) ? 'n/a' : v < 10 ? `${v.toFixed(2)} ms` : v < 1000 ? `${v.toFixed(1)} ms` : `${(v / 1000).toFixed(2)} s`;
const mb = (bytes: number | undefined): string => (bytes === undefined ? 'n/a' : `${(bytes / 1048576).toFixed(2)} MB`);
const kbToMb = (kb: number | undefined): string => (kb === undefined ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`);
const times = (r: number): string => (Number.isFinite(r) ? `${r.toFixed(2)}×` : 'n/a');

/** Pooled samples of `engine` over the queries every engine in `over` supports. */
export function pooled(result: SizeResult, engine: EngineName, over: readonly EngineName[]): number[] {
  const samples: number[] = [];
  for (const [i] of QUERIES.entries()) {
    const shared = over.every((name) => result.engines[name]?.run?.queries[i]?.supported === true);
    if (shared) samples.push(...(result.engines[engine]?.run?.queries[i]?.samples ?? []));
  }
  return samples;
}

const sharedCount = (result: SizeResult, over: readonly EngineName[]): number =>
  QUERIES.filter((_, i) => over.every((name) => result.engines[name]?.run?.queries[i]?.supported === true)).length;

export interface Targets {
  importRatio: number;
  /** Until every document is searchable (Assay then looks for copies, which the others do not do). */
  searchableRatio: number;
  reopenRatio: number;
  reopenMs: number;
  p50Ratio: number;
  p95Ratio: number;
  rssRatio: number;
  importRssKb: number;
  noteSaveMs: number;
}

export function derive(result: SizeResult): Targets {
  const pair: EngineName[] = ['assay', 'fts5'];
  const assay = result.engines.assay;
  const fts5 = result.engines.fts5;
  return {
    importRatio: ratio(assay?.build?.importMs, fts5?.build?.importMs),
    searchableRatio: ratio(assay?.build?.searchableMs, fts5?.build?.searchableMs),
    reopenRatio: ratio(assay?.reopen?.totalMs, fts5?.reopen?.totalMs),
    reopenMs: assay?.reopen?.totalMs ?? Number.NaN,
    p50Ratio: ratio(percentile(pooled(result, 'assay', pair), 50), percentile(pooled(result, 'fts5', pair), 50)),
    p95Ratio: ratio(percentile(pooled(result, 'assay', pair), 95), percentile(pooled(result, 'fts5', pair), 95)),
    rssRatio: ratio(assay?.queryRssKb, fts5?.queryRssKb),
    importRssKb: assay?.buildRssKb ?? Number.NaN,
    noteSaveMs: percentile(assay?.run?.noteSaveMs ?? [], 50),
  };
}

/** Issue 7's targets bind at 20,000 documents (and three of them at 100,000); elsewhere the verdict is in parentheses. */
const verdict = (ok: boolean | null, text: string, binding: boolean): string => {
  const word = ok === null ? '—' : ok ? 'PASS' : 'MISS';
  return `${text} ${binding || ok === null ? word : `(${word})`}`;
};
const check = (value: number, limit: number): boolean | null => (Number.isFinite(value) ? value <= limit : null);

export function summaryBlock(result: SizeResult): string {
  const e = (name: EngineName): EngineResult | undefined => result.engines[name];
  const pair: EngineName[] = ['assay', 'fts5'];
  const trio: EngineName[] = [...ENGINE_NAMES];
  const row = (
    metric: string,
    value: (r: EngineResult | undefined, name: EngineName) => number | undefined,
    fmt: (v: number | undefined) => string,
    target = '',
  ): string[] => {
    const values = ENGINE_NAMES.map((name) => value(e(name), name));
    return [metric, ...values.map(fmt), times(ratio(values[0], values[1])), target];
  };
  const stat = (over: EngineName[], p: number) => (r: EngineResult | undefined, name: EngineName) =>
    r?.run && over.includes(name) ? percentile(pooled(result, name, over), p) : undefined;
  const own = (p: number) => (r: EngineResult | undefined) =>
    r?.run
      ? percentile(
          r.run.queries.flatMap((q) => q.samples),
          p,
        )
      : undefined;
  const t = derive(result);
  const at20k = result.size === 20000;
  const at100k = result.size === 100000;
  const nPair = sharedCount(result, pair);
  const nTrio = sharedCount(result, trio);
  const rows = [
    row(
      'documents imported',
      (r) => r?.build?.documents,
      (v) => (v === undefined ? 'n/a' : String(v)),
    ),
    row(
      'left unindexed after import',
      (r) => r?.build?.pendingAfterImport,
      (v) => (v === undefined ? 'n/a' : String(v)),
    ),
    row('import + index (files → searchable, persisted index)', (r) => r?.build?.searchableMs, ms, verdict(check(t.searchableRatio, 5), '≤ 5× FTS5', at20k)),
    row('whole import (Assay: + finding copied passages)', (r) => r?.build?.importMs, ms, verdict(check(t.importRatio, 5), '≤ 5× FTS5', at20k)),
    row('index size', (r) => r?.build?.indexBytes, mb),
    row('store on disk (workspace / db / json)', (r) => r?.build?.storeBytes, mb),
    row('peak RSS, import process', (r) => r?.buildRssKb, kbToMb, verdict(check(t.importRssKb, 1.5 * 1024 * 1024), '≤ 1.5 GB', at100k)),
    row('open → first result, 1st process after import', (r) => r?.run?.cold.totalMs, ms),
    row('  of which: load modules', (r) => r?.run?.cold.loadMs, ms),
    row('  of which: open store/index', (r) => r?.run?.cold.openMs, ms),
    row('  of which: first query', (r) => r?.run?.cold.firstQueryMs, ms),
    row(
      'open → first result, 2nd fresh process',
      (r) => r?.reopen?.totalMs,
      ms,
      at100k ? verdict(check(t.reopenMs, 1000), '≤ 1 s', true) : verdict(check(t.reopenRatio, 3), '≤ 3× FTS5', at20k),
    ),
    row('  of which: first query', (r) => r?.reopen?.firstQueryMs, ms),
    row('  from child process start (incl. Node boot)', (r) => r?.reopen?.sinceProcessStartMs, ms),
    row('peak RSS, 2nd fresh process (open + 1 query)', (r) => r?.reopenRssKb, kbToMb),
    row(`query p50, queries Assay & FTS5 share (${nPair})`, stat(pair, 50), ms, verdict(check(t.p50Ratio, 2), '≤ 2× FTS5', at20k)),
    row(
      `query p95, queries Assay & FTS5 share (${nPair})`,
      stat(pair, 95),
      ms,
      at100k ? verdict(check(t.p95Ratio, 3), '≤ 3× FTS5', true) : verdict(check(t.p95Ratio, 2), '≤ 2× FTS5', at20k),
    ),
    row(`query p50, queries all three share (${nTrio})`, stat(trio, 50), ms),
    row(`query p95, queries all three share (${nTrio})`, stat(trio, 95), ms),
    row('query p95, every query the engine supports', own(95), ms),
    row('peak RSS, 1st process (open + query set)', (r) => r?.queryRssKb, kbToMb, verdict(check(t.rssRatio, 3), '≤ 3× FTS5', at20k)),
    row(
      'save one note (median of 5)',
      (r) => (r?.run?.noteSaveMs?.length ? percentile(r.run.noteSaveMs, 50) : undefined),
      ms,
      verdict(check(t.noteSaveMs, 50), '≤ 50 ms', at20k),
    ),
  ];
  const c = result.corpus;
  const head = `== ${c.documents} documents: ${(c.bytes / 1048576).toFixed(2)} MB of .txt in ${c.sources} source folders (sha256 ${c.sha256.slice(0, 12)}) ==`;
  const errors = ENGINE_NAMES.flatMap((name) => (e(name)?.error ? [`  ${LABEL[name]}: ${e(name)?.error ?? ''}`] : []));
  const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(' ');
  const foot = `Load average (1/5/15 min) before ${load(result.loadAverage.before)}, after ${load(result.loadAverage.after)}.\nEach query: ${result.settings.warmups} warm-up + ${result.settings.reps} timed runs, round-robin; Assay = search() with snippets, FTS5 = bm25 + snippet(), top 20.`;
  const body = table(['metric', ...ENGINE_NAMES.map((n) => LABEL[n]), 'Assay/FTS5', 'target (issue 7)'], rows, [0, 5]);
  return [head, body, foot, ...(errors.length > 0 ? ['Not measured:', ...errors] : [])].join('\n');
}

export function queryBlock(result: SizeResult): string {
  const rows = QUERIES.map((q, i) => {
    const cells = ENGINE_NAMES.map((name) => result.engines[name]?.run?.queries[i]);
    const p = (name: number, at: number): number | undefined => {
      const f = cells[name];
      return f?.supported && f.samples.length > 0 ? percentile(f.samples, at) : undefined;
    };
    const na = (name: number, text: string): string => (cells[name]?.supported === false ? 'n/a' : text);
    const totals = cells.map((f) => (f === undefined ? '-' : f.supported ? String(f.total) : 'n/a')).join(' / ');
    return [q.id, q.kind, ...[0, 1, 2].flatMap((n) => [na(n, ms(p(n, 50))), na(n, ms(p(n, 95)))]), times(ratio(p(0, 50), p(1, 50))), totals];
  });
  const head = `-- query latency at ${result.size} documents (p50 / p95 per query; matches = total documents matched) --`;
  const headers = ['query', 'kind', 'Assay p50', 'Assay p95', 'FTS5 p50', 'FTS5 p95', 'Mini p50', 'Mini p95', 'A/F p50', 'matches A / F / M'];
  const notes = 'n/a: FTS5 has no fuzzy matching (nearest equivalent would be a prefix query, not run); MiniSearch has no phrase search.';
  return [head, table(headers, rows, [0, 1]), notes].join('\n');
}

export function worstBlock(size: number, worst: readonly WorstResult[]): string {
  const rows = worst.map((w) => [w.query, ms(w.ms), w.hits === null ? '-' : String(w.hits), w.note]);
  return [
    `-- worst case the Assay syntax allows, ${size} documents (fresh process each, after one warm-up query) --`,
    table(['query', 'Assay', 'hits', 'note'], rows, [0, 3]),
  ].join('\n');
}
