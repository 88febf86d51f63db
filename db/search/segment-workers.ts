// Builds index segments in worker threads, one segment per task, as many at once as there are
// cores (at most four): lunr indexing is CPU-bound and segments are independent. Falls back to
// this thread when the compiled worker is absent (running from TypeScript sources, as in tests).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { serialiseIndex } from './compact-index.js';
import { buildIndex, type IndexableDocument } from './lunr-setup.js';

const WORKER_FILE = fileURLToPath(new URL('./segment-builder-worker.js', import.meta.url));

function buildHere(batches: IndexableDocument[][]): string[] {
  return batches.map((documents) => serialiseIndex(buildIndex(documents)));
}

function buildInWorker(documents: IndexableDocument[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: documents });
    worker.once('message', (data: string) => {
      resolve(data);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`index worker stopped with code ${code}`));
    });
  });
}

export async function buildSegments(batches: IndexableDocument[][]): Promise<string[]> {
  if (batches.length <= 1 || !existsSync(WORKER_FILE)) return buildHere(batches);
  const results: string[] = new Array<string>(batches.length);
  let next = 0;
  const lanes = Math.min(batches.length, Math.max(1, Math.min(4, availableParallelism())));
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < batches.length) {
        const i = next++;
        results[i] = await buildInWorker(batches[i] as IndexableDocument[]);
      }
    }),
  );
  return results;
}
