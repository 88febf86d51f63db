// Where the built pieces sit relative to dist/electron/main.js, in a checkout and in app.asar.
import { fileURLToPath } from 'node:url';

const here = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

export const APP_PATHS = {
  /** The checkout (or app.asar) root that holds package.json. */
  appRoot: here('../../'),
  /** The renderer's production build, served on assay://app/. */
  rendererRoot: here('../renderer/'),
  rendererEntry: here('../renderer/index.html'),
  /** The preload bundle (CommonJS: sandboxed preloads cannot load ES modules). */
  preload: here('./preload.cjs'),
  /** The utility process entry that runs the core. */
  coreProcess: here('./core-process.js'),
} as const;
