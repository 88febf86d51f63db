// Entry of the desktop app's main process: a thin shell that serves the UI on assay://app,
// relays checked IPC to the core running in a utility process, and owns the window, the menu,
// the native dialogs and the choice of workspace file.
import { app, type BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, session, shell, utilityProcess } from 'electron';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { EVENTS_CHANNEL, type MenuCommand, type WorkbenchEvent } from '../api/transport.js';
import { APP_NAME, resolveWorkspacePath, userDataDirectory } from '../db/workspace-path.js';
import { createAppProtocolHandler } from './app-protocol.js';
import { APP_PATHS } from './app-paths.js';
import { APP_SCHEME } from './app-url.js';
import { createCoreClient } from './core-client.js';
import { loadDesktopState, saveDesktopState, STATE_FILE_NAME, type ThemeSource } from './desktop-state.js';
import { registerWorkbenchIpc } from './ipc-table.js';
import { createMainWindow } from './main-window.js';
import { buildMenuTemplate } from './menu.js';
import { nativeBindingPath } from './native-binding.js';
import { chooseNewWorkspace, chooseWorkspaceToOpen, pickImportFiles, saveTextFile, showAbout } from './native-dialogs.js';
import { PathGrants } from './path-grants.js';
import { createFrameGuard } from './sender-guard.js';
import { registerShellIpc } from './shell-ipc.js';
import { hardenSession, hardenWebContents, isAllowedExternalUrl } from './window-security.js';

// Before 'ready'. userData was derived from package.json's name ("assay") before this code ran:
// point it at "Assay" so the app and the CLI share one folder (db/workspace-path.ts).
app.setName(APP_NAME);
app.setPath('userData', join(app.getPath('appData'), APP_NAME));
app.enableSandbox();
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const isDev = !app.isPackaged;
const stateFile = join(app.getPath('userData'), STATE_FILE_NAME);
const state = loadDesktopState(stateFile);
const grants = new PathGrants();
const bindingPath = nativeBindingPath({
  packaged: app.isPackaged,
  appRoot: APP_PATHS.appRoot,
  resourcesPath: process.resourcesPath,
  electronVersion: process.versions.electron,
  platform: process.platform,
  arch: process.arch,
});
let mainWindow: BrowserWindow | null = null;

function liveWindow(): BrowserWindow | null {
  return mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : null;
}

function sendToPage(event: WorkbenchEvent): void {
  liveWindow()?.webContents.send(EVENTS_CHANNEL, event);
}

function openExternal(url: string): void {
  // electronegativity: OPEN_EXTERNAL_JS_CHECK — only http(s) and mailto URLs pass the allowlist.
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
}

function persist(): void {
  try {
    saveDesktopState(stateFile, state);
  } catch (error) {
    console.error(`Assay: cannot save ${stateFile}: ${(error as Error).message}`);
  }
}

const core = createCoreClient({
  spawn: () =>
    utilityProcess.fork(APP_PATHS.coreProcess, [], {
      serviceName: 'Assay core',
      stdio: 'inherit',
      env: { ...process.env, ASSAY_SQLITE_BINDING: bindingPath },
    }),
  onEvent: sendToPage,
});

/** Opens `path` in the core; on success remembers it and reloads the page onto it. */
async function switchWorkspace(path: string, reload: boolean): Promise<boolean> {
  const result = await core.open(path);
  if (!result.ok) {
    // The core's message is neutral; the desktop names its own way out (the CLI names --db).
    const hint = result.error.subject === 'workspace' ? '\n\nChoose another with File › Open Workspace….' : '';
    dialog.showErrorBox('Cannot open the workspace', `${result.error.message}${hint}`);
    return false;
  }
  state.lastWorkspace = result.value.path;
  persist();
  const win = liveWindow();
  if (win !== null) {
    win.setTitle(`${basename(result.value.path)} — ${APP_NAME}`);
    if (reload) win.webContents.reload();
  }
  return true;
}

function firstWorkspace(): string {
  if (process.env.ASSAY_DB) return process.env.ASSAY_DB;
  if (state.lastWorkspace !== null && existsSync(state.lastWorkspace)) return state.lastWorkspace;
  return resolveWorkspacePath();
}

function setTheme(theme: ThemeSource): void {
  nativeTheme.themeSource = theme;
  state.theme = theme;
  persist();
}

function installMenu(): void {
  const withWindow = (action: (win: BrowserWindow) => Promise<void>) => () => {
    const win = liveWindow();
    if (win !== null) void action(win);
  };
  const template = buildMenuTemplate(
    {
      newWorkspace: withWindow(async (win) => {
        const path = await chooseNewWorkspace(win);
        if (path !== null) await switchWorkspace(path, true);
      }),
      openWorkspace: withWindow(async (win) => {
        const path = await chooseWorkspaceToOpen(win);
        if (path !== null) await switchWorkspace(path, true);
      }),
      sendCommand: (command: MenuCommand) => sendToPage({ type: 'menu', command }),
      setTheme,
      about: withWindow((win) => showAbout(win, core.workspacePath)),
    },
    { appName: APP_NAME, isDev, platform: process.platform, theme: state.theme },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function registerIpc(): void {
  const isTrustedSender = createFrameGuard(() => liveWindow()?.webContents.mainFrame);
  registerWorkbenchIpc(ipcMain, {
    call: (method, input) => core.call(method, input),
    isTrustedSender,
    authorize: (method, input) => (method === 'importPaths' ? grants.check((input as { paths: string[] }).paths) : null),
  });
  registerShellIpc(ipcMain, isTrustedSender, {
    openFiles: async () => {
      const win = liveWindow();
      const paths = win === null ? [] : await pickImportFiles(win);
      grants.grant(paths);
      return paths;
    },
    saveFile: async ({ suggestedName, content }) => {
      const win = liveWindow();
      return win === null ? false : saveTextFile(win, suggestedName, content);
    },
  });
}

function preflight(): string | null {
  if (!existsSync(APP_PATHS.rendererEntry)) return `The user interface is not built (${APP_PATHS.rendererEntry} is missing). Run "npm start", which builds it.`;
  if (!existsSync(bindingPath)) {
    return `better-sqlite3 built for Electron ${process.versions.electron} is missing (${bindingPath}). Run "node scripts/electron-native.mjs" once while online; see the README.`;
  }
  return null;
}

function openMainWindow(): void {
  mainWindow = createMainWindow({
    preload: APP_PATHS.preload,
    devTools: isDev,
    ...(isDev ? { icon: join(APP_PATHS.appRoot, 'build', 'icon.png') } : {}),
    bounds: state.bounds,
    maximized: state.maximized,
    onClose: (bounds, maximized) => {
      state.bounds = bounds;
      state.maximized = maximized;
      persist();
    },
  });
  if (core.workspacePath !== null) mainWindow.setTitle(`${basename(core.workspacePath)} — ${APP_NAME}`);
}

async function start(): Promise<void> {
  await app.whenReady();
  const problem = preflight();
  if (problem !== null) {
    dialog.showErrorBox('Assay cannot start', problem);
    app.exit(1);
    return;
  }
  if (isDev && userDataDirectory() !== app.getPath('userData')) {
    console.warn(`Assay: the CLI's default folder (${userDataDirectory()}) differs from userData (${app.getPath('userData')}).`);
  }
  nativeTheme.themeSource = state.theme;
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(APP_PATHS.rendererRoot));
  registerIpc();
  installMenu();
  const first = firstWorkspace();
  const fallback = resolveWorkspacePath();
  const opened = (await switchWorkspace(first, false)) || (first !== fallback && (await switchWorkspace(fallback, false)));
  if (!opened) {
    app.exit(1);
    return;
  }
  openMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = liveWindow();
    if (win === null) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (liveWindow() === null && app.isReady()) openMainWindow();
  });
  app.on('will-quit', () => core.dispose());
  start().catch((error: unknown) => {
    dialog.showErrorBox('Assay cannot start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
