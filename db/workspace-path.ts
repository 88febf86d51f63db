// Where the default workspace lives: the per-user application-data directory that Electron's
// app.getPath('userData') also resolves to for an app named "Assay", so CLI and desktop app share it.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Assay';
export const WORKSPACE_FILE_NAME = 'workspace.assay.db';

export function userDataDirectory(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') {
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  }
  if (platform === 'darwin') {
    return join(homedir(), 'Library', 'Application Support', APP_NAME);
  }
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), APP_NAME);
}

/** `--db FILE` wins, then ASSAY_DB, then the shared default. */
export function resolveWorkspacePath(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) return explicit;
  if (env.ASSAY_DB) return env.ASSAY_DB;
  return join(userDataDirectory(env), WORKSPACE_FILE_NAME);
}
