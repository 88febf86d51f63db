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
    // Workers inherit Node's flags, but refuse --input-type (a process run as `node --input-type=module
    // -e …`), and flags given explicitly are checked more strictly (--expose-gc is refused then): drop
    // only that one. A worker that cannot start leaves the analysis on this thread.
    const inherited = process.execArgv;
    const options = inherited.some((arg) => arg.startsWith('--input-type')) ? { execArgv: inherited.filter((arg) => !arg.startsWith('--input-type')) } : {};
    try {
      for (let i = 0; i < lanes; i++) this.workers.push(new Worker(WORKER_FILE, options));
    } catch {
      for (const worker of this.workers) void worker.terminate();
      this.workers = [];
    }
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
