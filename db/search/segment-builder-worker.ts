// Worker thread entry: builds one lunr segment from the documents it is given and sends back its
// compact serialisation (see segment-workers.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { serialiseIndex } from './compact-index.js';
import { buildIndex, type IndexableDocument } from './lunr-setup.js';

parentPort?.postMessage(serialiseIndex(buildIndex(workerData as IndexableDocument[])));
