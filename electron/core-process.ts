// Entry of the utility process that runs the core off the window's thread: opens the Workbench
// (with the better-sqlite3 binary built for Electron's ABI) and serves the main process's calls.
import type {} from 'electron';
import { openWorkbench } from '../db/workbench.js';
import { createCoreHost } from './core-host.js';

const port = process.parentPort;
const nativeBinding = process.env.ASSAY_SQLITE_BINDING || undefined;

const host = createCoreHost(
  (path, onProgress, onChange) => openWorkbench(path, { onProgress, onChange, nativeBinding }),
  (message) => port.postMessage(message),
);

port.on('message', (message) => void host.receive(message.data));
// Close the database cleanly when main stops us (WAL keeps the file whole either way).
process.once('SIGTERM', () => {
  host.close();
  process.exit(0);
});
