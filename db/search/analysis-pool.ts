// Analyses documents for the index in worker threads (tokenising and stemming is the costly part
// of an import), one lane per core up to four, while the main thread parses and writes. Falls back
// to this thread when the compiled worker is absent (running from TypeScript sources, as in tests).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyseDocument, type AnalysedDocument, type StoredFields } from './document-analysis.js';

const WORKER_FILE = fileURLToPath(new URL('./analysis-worker.js', import.meta.url));

export class AnalysisPool {
  private workers: Worker[] = [];

  constructor() {
    if (!existsSync(WORKER_FILE)) return;
    const lanes = Math.max(1, Math.min(4, availableParallelism()));
    // A process started with `node --input-type=module -e …` would pass that flag on, and a worker refuses it.
    const execArgv = process.execArgv.filter((arg) => !arg.startsWith('--input-type'));
    for (let i = 0; i < lanes; i++) this.workers.push(new Worker(WORKER_FILE, { execArgv }));
  }

  private ask(worker: Worker, documents: StoredFields[]): Promise<AnalysedDocument[]> {
    return new Promise((resolve, reject) => {
      const done = (): void => {
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      const onMessage = (result: AnalysedDocument[]): void => {
        done();
        resolve(result);
      };
      const onError = (error: Error): void => {
        done();
        reject(error);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(documents);
    });
  }

  /** Analyses of `documents`, in order, spread over the workers. */
  async analyse(documents: StoredFields[]): Promise<AnalysedDocument[]> {
    if (this.workers.length === 0 || documents.length === 0) return documents.map(analyseDocument);
    const share = Math.ceil(documents.length / this.workers.length);
    try {
      const parts = await Promise.all(this.workers.map((worker, i) => this.ask(worker, documents.slice(i * share, (i + 1) * share))));
      return parts.flat();
    } catch {
      // A worker that cannot start or dies: the import goes on, analysing on this thread.
      await this.close();
      return documents.map(analyseDocument);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    this.workers = [];
  }
}
