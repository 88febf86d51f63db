// Worker thread entry: analyses the documents it is sent (see analysis-pool.ts) and answers each
// message with their analyses, in order.
import { parentPort } from 'node:worker_threads';
import { analyseDocument, type StoredFields } from './document-analysis.js';

parentPort?.on('message', (documents: StoredFields[]) => {
  parentPort?.postMessage(documents.map(analyseDocument));
});
