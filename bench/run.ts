// `npm run bench`: writes the deterministic corpus for each size, then forks one worker per engine
// and task (build; cold open + query set; each worst-case query), prints the tables, saves JSON.
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.js';
import { ENGINE_NAMES } from './engines/types.js';
import type { Reply, SizeResult, Task, WorstResult } from './protocol.js';
import { WORST_CASE_QUERIES } from './queries.js';
import { median } from './stats.js';
import { ms, queryBlock, summaryBlock, worstBlock } from './report.js';

const SIZES = (process.env.BENCH_SIZES ?? '20000')
  .split(',')
  .map((s) => Number.parseInt(s.trim(), 10))
  .filter((n) => n > 0);
/** Engines to run (`BENCH_ENGINES=assay,fts5` leaves MiniSearch out, e.g. at 100,000 documents, where it needs gigabytes). */
const ENGINES = (process.env.BENCH_ENGINES ?? ENGINE_NAMES.join(','))
  .split(',')
  .map((s) => s.trim())
  .filter((name): name is (typeof ENGINE_NAMES)[number] => (ENGINE_NAMES as readonly string[]).includes(name));
const REPS = Number.parseInt(process.env.BENCH_REPS ?? '10', 10);
const WARMUPS = 1;
const TIMEOUT_MS = { build: 3_600_000, query: 600_000, worst: 60_000 } as const;
const WORK = join(tmpdir(), 'assay-bench');
const OUT = fileURLToPath(new URL('../../bench-out/', import.meta.url));
const WORKER = fileURLToPath(new URL('./worker.js', import.meta.url));

interface Outcome {
  reply: Reply | null;
  problem: string | null;
}

/** Forks one worker for one task; kills that child (only) if it outlives the timeout. */
function runTask(task: Task): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = fork(WORKER, [JSON.stringify(task)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let reply: Reply | null = null;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS[task.kind]);
    child.on('message', (message) => {
      reply = message as Reply;
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) resolve({ reply: null, problem: `timed out after ${ms(TIMEOUT_MS[task.kind])}` });
      else if (reply === null) resolve({ reply: null, problem: `worker exited (${signal ?? code ?? '?'}) without a reply` });
      else resolve({ reply, problem: reply.ok ? null : `${reply.code ?? 'error'}: ${reply.error}` });
    });
  });
}

const log = (text: string): void => void process.stderr.write(`[bench] ${text}\n`);

async function benchSize(size: number): Promise<SizeResult> {
  const base = join(WORK, String(size));
  const started = performance.now();
  const corpus = writeCorpus(join(base, 'corpus'), size);
  log(`${size}: corpus written in ${ms(performance.now() - started)} (${(corpus.bytes / 1048576).toFixed(2)} MB)`);
  const result: SizeResult = {
    size,
    startedAt: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    loadAverage: { before: loadavg(), after: [] },
    corpus: { documents: corpus.documents, bytes: corpus.bytes, sources: corpus.sources, sha256: corpus.sha256 },
    settings: { warmups: WARMUPS, reps: REPS },
    engines: {},
  };
  for (const engine of ENGINES) {
    const storeDir = join(base, engine);
    const entry: NonNullable<SizeResult['engines'][typeof engine]> = {};
    result.engines[engine] = entry;
    log(`${size}: ${engine}: import + index…`);
    const built = await runTask({ kind: 'build', engine, corpusDir: corpus.dir, storeDir });
    if (built.reply?.ok !== true || built.reply.kind !== 'build') {
      entry.error = `import failed: ${built.problem ?? 'unexpected reply'}`;
      log(`${size}: ${engine}: ${entry.error}`);
      continue;
    }
    entry.build = built.reply.result;
    entry.buildRssKb = built.reply.maxRssKb;
    log(`${size}: ${engine}: cold open + ${REPS}× query set…`);
    const ran = await runTask({ kind: 'query', engine, storeDir, warmups: WARMUPS, reps: REPS });
    if (ran.reply?.ok !== true || ran.reply.kind !== 'query') {
      entry.error = `queries failed: ${ran.problem ?? 'unexpected reply'}`;
      log(`${size}: ${engine}: ${entry.error}`);
      continue;
    }
    entry.run = ran.reply.result;
    entry.queryRssKb = ran.reply.maxRssKb;
    log(`${size}: ${engine}: cold reopen…`);
    const again = await runTask({ kind: 'query', engine, storeDir, warmups: 0, reps: 0 });
    if (again.reply?.ok === true && again.reply.kind === 'query') {
      entry.reopen = again.reply.result.cold;
      entry.reopenRssKb = again.reply.maxRssKb;
    } else {
      entry.error = `reopen failed: ${again.problem ?? 'unexpected reply'}`;
    }
  }
  result.loadAverage.after = loadavg();
  return result;
}

async function worstCase(size: number): Promise<WorstResult[]> {
  const storeDir = join(WORK, String(size), 'assay');
  const results: WorstResult[] = [];
  for (const query of WORST_CASE_QUERIES) {
    log(`${size}: assay: worst case ${query}…`);
    const { reply, problem } = await runTask({ kind: 'worst', engine: 'assay', storeDir, query });
    if (reply?.ok === true && reply.kind === 'worst') {
      const w = reply.result;
      if (w.refused !== null) results.push({ query, ms: null, hits: null, note: `refused: ${w.refused}` });
      else results.push({ query, ms: median(w.samples), hits: w.hits, note: `ran (${w.samples.length}×), peak RSS ${(reply.maxRssKb / 1024).toFixed(0)} MB` });
    } else {
      results.push({ query, ms: null, hits: null, note: problem ?? 'unexpected reply' });
    }
  }
  return results;
}

const save = (result: SizeResult): void => writeFileSync(join(OUT, `results-${result.size}.json`), `${JSON.stringify(result, null, 2)}\n`);

mkdirSync(OUT, { recursive: true });
const total = performance.now();
console.log(`Assay search benchmark — Node ${process.version} ${process.platform}-${process.arch}, ${cpus().length} CPUs, sizes ${SIZES.join(', ')}`);
const largest = Math.max(...SIZES);
for (const size of SIZES) {
  const result = await benchSize(size);
  if (size === largest && result.engines.assay?.run) result.worstCase = await worstCase(size);
  save(result);
  console.log(`\n${summaryBlock(result)}\n\n${queryBlock(result)}`);
  if (result.worstCase) console.log(`\n${worstBlock(size, result.worstCase)}`);
  else if (size === largest) console.log(`\n-- worst case: not run (Assay has no index at ${size} documents) --`);
}
console.log(`\nRaw figures: ${SIZES.map((s) => join(OUT, `results-${s}.json`)).join(', ')}. Total ${ms(performance.now() - total)}.`);
