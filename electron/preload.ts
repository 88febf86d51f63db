// Preload of the main window, bundled into one CommonJS file (dist/electron/preload.cjs):
// a sandboxed preload can require only 'electron', so api/ helpers are inlined by the bundler.
import { contextBridge, ipcRenderer } from 'electron';
import { exposeBridge } from './preload-bridge.js';

exposeBridge(contextBridge, ipcRenderer);
