// Creates the one main window with locked-down web preferences (security checklist items 2–4,
// 6, 8, 9, 12), restores its saved bounds if still on a screen, and reports them as it closes.
import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './app-url.js';
import { visibleBounds, type WindowBounds } from './desktop-state.js';

export interface MainWindowOptions {
  preload: string;
  devTools: boolean;
  /** The window icon (Linux/Windows, when running from a checkout; packages carry their own). */
  icon?: string;
  bounds: WindowBounds | null;
  maximized: boolean;
  /** Called as the window closes, with its normal (unmaximised) bounds. */
  onClose(bounds: WindowBounds, maximized: boolean): void;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const bounds = visibleBounds(
    options.bounds,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const win = new BrowserWindow({
    ...(bounds ?? { width: 1280, height: 820 }),
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Assay',
    autoHideMenuBar: false,
    ...(options.icon === undefined ? {} : { icon: options.icon }),
    // Written out here, not built by a helper, so electronegativity can see every setting.
    webPreferences: {
      // Our own bundle: only the WorkbenchApi methods, the events and the shell API (preload-bridge.ts).
      // electronegativity: PRELOAD_JS_CHECK — reviewed: it exposes no ipcRenderer and no generic send.
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click must not open links in new windows (checklist: limit new windows).
      disableBlinkFeatures: 'Auxclick',
      // The spell checker downloads dictionaries from the network: the app is offline.
      spellcheck: false,
      safeDialogs: true,
      devTools: options.devTools,
    },
  });
  win.once('ready-to-show', () => {
    if (options.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => options.onClose(win.getNormalBounds(), win.isMaximized()));
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
