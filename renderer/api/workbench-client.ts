// The renderer's ONE WorkbenchApi: the desktop preload's window.assay when present, else the HTTP
// client built from the shared method table. Hooks reach it through useApi().
import { createContext, useContext } from 'react';
import { createWorkbenchClient } from '../../api/client.js';
import type { WorkbenchApi } from '../../api/workbench-api.js';
import { preloadApi } from './bridge.js';
import { withUiHint } from './error-hints.js';
import { createHttpTransport, sessionToken } from './http-transport.js';

export function createApi(): WorkbenchApi {
  return preloadApi() ?? createWorkbenchClient(createHttpTransport(sessionToken()));
}

export const ApiContext = createContext<WorkbenchApi | null>(null);

export function useApi(): WorkbenchApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() needs an <ApiContext.Provider> above it');
  return api;
}

/** The analyst-facing text of any failure: the core's message as it is, then the UI's hint if any. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return withUiHint(error.message.replace(/^Error invoking remote method '[^']+': (\w*Error: )?/, ''), error);
  if (typeof error === 'string') return error;
  return 'Something went wrong.';
}
