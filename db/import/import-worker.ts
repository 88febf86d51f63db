// Worker thread entry: reads, parses and analyses the files it is sent (read-job.ts), strictly one
// after another (so the thread that sent them knows which one was being read if this one dies),
// answering each with its result; a long PDF's pages are reported as they are read. It also
// fingerprints stored documents' texts for the import's copies phase.
import { parentPort } from 'node:worker_threads';
import { printBuffers } from '../copies/fingerprint.js';
import { runReadJob, type ReadJob, type ReadResult } from './read-job.js';

export interface WorkerRequest {
  id: number;
  job: ReadJob;
}

export type WorkerReply = { id: number; page: number; pages: number } | ({ id: number } & ReadResult);

async function read({ id, job }: WorkerRequest): Promise<void> {
  const result = await runReadJob(job, (page, pages) => parentPort?.postMessage({ id, page, pages } satisfies WorkerReply));
  // Copy prints' typed arrays are handed over, not copied.
  parentPort?.postMessage({ id, ...result } satisfies WorkerReply, (result.prints ?? []).flatMap(printBuffers));
}

let turn = Promise.resolve();
parentPort?.on('message', (request: WorkerRequest) => {
  turn = turn.then(() => read(request));
});
