// The forked child: runs one task (build, cold open + query set, or one worst-case query) for one
// engine, alone in its process, and reports its figures and process.resourceUsage().maxRSS.
import { FIRST_QUERY, QUERIES } from './queries.js';
import type { Engine, EngineName } from './engines/types.js';
import type { QueryFigures, QueryRun, Reply, Task, WorstFigures } from './protocol.js';

async function loadEngine(name: EngineName): Promise<Engine> {
  switch (name) {
    case 'assay':
      return (await import('./engines/assay.js')).engine;
    case 'fts5':
      return (await import('./engines/fts5.js')).engine;
    case 'minisearch':
      return (await import('./engines/minisearch.js')).engine;
  }
}

const collect = (): void => globalThis.gc?.();

async function runQueries(task: Extract<Task, { kind: 'query' }>): Promise<QueryRun> {
  const t0 = performance.now();
  const engine = await loadEngine(task.engine);
  const t1 = performance.now();
  const opened = await engine.open(task.storeDir);
  const t2 = performance.now();
  const firstHits = await opened.search(FIRST_QUERY);
  const t3 = performance.now();
  const cold = { loadMs: t1 - t0, openMs: t2 - t1, firstQueryMs: t3 - t2, totalMs: t3 - t0, sinceProcessStartMs: t3, firstHits };

  const queries: QueryFigures[] = QUERIES.map((q) => ({ id: q.id, supported: engine.supports(q), samples: [], hits: 0, total: 0 }));
  for (const [i, q] of QUERIES.entries()) {
    const figures = queries[i];
    if (!figures?.supported) continue;
    try {
      for (let w = 0; w < task.warmups; w += 1) figures.hits = await opened.search(q);
      figures.total = await opened.count(q);
    } catch (error) {
      figures.supported = false;
      figures.error = (error as Error).message;
    }
  }
  collect();
  // Round-robin over the set, so drift (GC, caches, other load) spreads over every query alike.
  for (let r = 0; r < task.reps; r += 1) {
    for (const [i, q] of QUERIES.entries()) {
      const figures = queries[i];
      if (!figures?.supported) continue;
      const start = performance.now();
      await opened.search(q);
      figures.samples.push(performance.now() - start);
    }
  }
  const noteSaveMs: number[] = [];
  if (opened.saveNote) {
    for (let i = 0; i < 5; i += 1) {
      const start = performance.now();
      await opened.saveNote(`Checked against the wire copy, round ${i}: figures match the ministry's statement.`);
      noteSaveMs.push(performance.now() - start);
    }
  }
  opened.close();
  return { cold, queries, noteSaveMs };
}

async function runWorst(task: Extract<Task, { kind: 'worst' }>): Promise<WorstFigures> {
  const engine = await loadEngine(task.engine);
  const opened = await engine.open(task.storeDir);
  await opened.search(FIRST_QUERY);
  const samples: number[] = [];
  let hits = 0;
  try {
    // Once; repeated twice more only when cheap enough for a median to be worth the wait.
    for (let r = 0; r < 3 && (r === 0 || (samples[0] ?? Infinity) < 2000); r += 1) {
      const start = performance.now();
      hits = await opened.raw(task.query);
      samples.push(performance.now() - start);
    }
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'bad-query') throw error;
    return { query: task.query, samples, hits: 0, refused: (error as Error).message };
  } finally {
    opened.close();
  }
  return { query: task.query, samples, hits, refused: null };
}

async function main(): Promise<Reply> {
  const task = JSON.parse(process.argv[2] ?? '{}') as Task;
  const rss = () => process.resourceUsage().maxRSS;
  try {
    switch (task.kind) {
      case 'build': {
        const engine = await loadEngine(task.engine);
        const result = await engine.build(task.corpusDir, task.storeDir);
        return { ok: true, kind: 'build', result, maxRssKb: rss() };
      }
      case 'query':
        return { ok: true, kind: 'query', result: await runQueries(task), maxRssKb: rss() };
      case 'worst':
        return { ok: true, kind: 'worst', result: await runWorst(task), maxRssKb: rss() };
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { ok: false, error: (error as Error).message, code: typeof code === 'string' ? code : null, maxRssKb: rss() };
  }
}

const reply = await main();
if (!process.send) throw new Error('bench/worker.js must be started by bench/run.js (child_process.fork)');
process.send(reply, () => process.exit(0));
