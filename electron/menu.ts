// The native menu as a template built from injected actions, so its shape is tested without
// Electron. Items that need the UI (import, export, shortcuts) become menu events for the page.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../api/transport.js';
import type { ThemeSource } from './desktop-state.js';

export interface MenuActions {
  newWorkspace(): void;
  openWorkspace(): void;
  sendCommand(command: MenuCommand): void;
  setTheme(theme: ThemeSource): void;
  about(): void;
}

export interface MenuOptions {
  appName: string;
  isDev: boolean;
  platform: NodeJS.Platform;
  theme: ThemeSource;
}

const THEME_LABELS: Record<ThemeSource, string> = { system: 'Follow System', light: 'Light', dark: 'Dark' };

function fileMenu(actions: MenuActions, mac: boolean): MenuItemConstructorOptions {
  return {
    label: '&File',
    submenu: [
      { label: 'New Workspace…', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.newWorkspace() },
      { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: () => actions.openWorkspace() },
      { type: 'separator' },
      { label: 'Import…', accelerator: 'CmdOrCtrl+I', click: () => actions.sendCommand('import') },
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => actions.sendCommand('export') },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  };
}

function viewMenu(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions {
  const dev: MenuItemConstructorOptions[] = options.isDev ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] : [];
  const themes: MenuItemConstructorOptions[] = (Object.keys(THEME_LABELS) as ThemeSource[]).map((theme) => ({
    label: THEME_LABELS[theme],
    type: 'radio',
    checked: options.theme === theme,
    click: () => actions.setTheme(theme),
  }));
  return {
    label: '&View',
    submenu: [
      ...dev,
      { label: 'Theme', submenu: themes },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

export function buildMenuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: options.appName,
          submenu: [
            { label: `About ${options.appName}`, click: () => actions.about() },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  return [
    ...appMenu,
    fileMenu(actions, mac),
    {
      label: '&Edit',
      submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    viewMenu(actions, options),
    ...(mac ? [{ role: 'windowMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: '&Help',
      role: 'help',
      submenu: [
        { label: 'Keyboard Shortcuts', accelerator: 'CmdOrCtrl+/', click: () => actions.sendCommand('shortcuts') },
        ...(mac ? [] : [{ type: 'separator' } satisfies MenuItemConstructorOptions, { label: `About ${options.appName}`, click: () => actions.about() }]),
      ],
    },
  ];
}
