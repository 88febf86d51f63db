// Worker thread entry: analyses the documents it is sent (see analysis-pool.ts) and answers each
// message with their analyses, in order.
import { parentPort } from 'node:worker_threads';
import { printBuffers } from '../copies/fingerprint.js';
import { analyseDocument, type StoredFields } from './document-analysis.js';

parentPort?.on('message', (documents: StoredFields[]) => {
  const analyses = documents.map(analyseDocument);
  // The copy fingerprints' typed arrays are handed over, not copied.
  const buffers = analyses.flatMap((analysis) => (analysis.copies ? printBuffers(analysis.copies) : []));
  parentPort?.postMessage(analyses, buffers);
});
