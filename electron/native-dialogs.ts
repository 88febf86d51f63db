// The native dialogs of the desktop app: pick files to import, save an export, and choose a
// workspace file to create or open. Each returns null/[]/false when the analyst cancels.
import { app, dialog, type BrowserWindow } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IMPORT_EXTENSIONS } from '../api/import-formats.js';

const WORKSPACE_FILTERS = [
  { name: 'Assay workspace', extensions: ['db'] },
  { name: 'All files', extensions: ['*'] },
];

/** Adds `.assay.db` to a chosen name that has no `.db` ending. */
export function workspaceFileName(path: string): string {
  return /\.db$/i.test(path) ? path : `${path}.assay.db`;
}

export async function pickImportFiles(win: BrowserWindow): Promise<string[]> {
  const result = await dialog.showOpenDialog(win, {
    title: 'Import documents',
    buttonLabel: 'Import',
    // Files and folders can be mixed only on macOS; elsewhere the dialog picks files.
    properties: ['openFile', 'multiSelections', ...(process.platform === 'darwin' ? (['openDirectory'] as const) : [])],
    filters: [
      { name: 'Documents', extensions: IMPORT_EXTENSIONS.map((extension) => extension.slice(1)) },
      { name: 'All files', extensions: ['*'] },
    ],
  });
  return result.canceled ? [] : result.filePaths;
}

export async function saveTextFile(win: BrowserWindow, suggestedName: string, content: string): Promise<boolean> {
  const result = await dialog.showSaveDialog(win, {
    title: 'Export',
    defaultPath: join(app.getPath('documents'), suggestedName),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (result.canceled || !result.filePath) return false;
  await writeFile(result.filePath, content, 'utf8');
  return true;
}

export async function chooseNewWorkspace(win: BrowserWindow): Promise<string | null> {
  const result = await dialog.showSaveDialog(win, {
    title: 'New workspace',
    buttonLabel: 'Create',
    message: 'One workspace file per case. Choosing an existing workspace opens it unchanged.',
    defaultPath: join(app.getPath('documents'), 'case.assay.db'),
    filters: WORKSPACE_FILTERS,
    properties: ['createDirectory'],
  });
  return result.canceled || !result.filePath ? null : workspaceFileName(result.filePath);
}

export async function chooseWorkspaceToOpen(win: BrowserWindow): Promise<string | null> {
  const result = await dialog.showOpenDialog(win, {
    title: 'Open workspace',
    buttonLabel: 'Open',
    defaultPath: app.getPath('documents'),
    properties: ['openFile'],
    filters: WORKSPACE_FILTERS,
  });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export async function showAbout(win: BrowserWindow, workspacePath: string | null): Promise<void> {
  const versions = `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`;
  await dialog.showMessageBox(win, {
    type: 'info',
    title: `About ${app.getName()}`,
    message: `${app.getName()} ${app.getVersion()}`,
    detail: `Offline analyst workbench: search a corpus, highlight and assess passages, export the notes.\n\nWorkspace: ${workspacePath ?? 'none'}\n${versions}`,
    buttons: ['OK'],
  });
}
