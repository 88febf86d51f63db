// The optional globals the desktop app's preload exposes (window.assay, assayEvents, assayShell),
// typed once here so the rest of the renderer never touches `window` for them.
import type { WorkbenchApi } from '../../api/workbench-api.js';
import type { WorkbenchEvent } from '../../api/transport.js';

/** Native helpers only the desktop shell has. */
export interface AssayShell {
  isDesktop: true;
  /** Shows the native open dialog; resolves to the chosen paths (empty when cancelled). */
  openFiles(): Promise<string[]>;
  /** Shows the native save dialog and writes `content`; false when cancelled. */
  saveFile(name: string, content: string): Promise<boolean>;
}

export interface AssayEvents {
  /** Subscribes to core events; may return an unsubscribe function. */
  onEvent(callback: (event: WorkbenchEvent) => void): unknown;
}

declare global {
  interface Window {
    assay?: WorkbenchApi;
    assayEvents?: AssayEvents;
    assayShell?: AssayShell;
  }
}

export function preloadApi(): WorkbenchApi | null {
  return window.assay ?? null;
}

export function preloadEvents(): AssayEvents | null {
  return window.assayEvents ?? null;
}

export function desktopShell(): AssayShell | null {
  const shell = window.assayShell;
  return shell && shell.isDesktop === true ? shell : null;
}

/** The desktop shell's native helpers, or null in a browser (read once: it never appears later). */
export function useShell(): AssayShell | null {
  return shellOnce === undefined ? (shellOnce = desktopShell()) : shellOnce;
}
let shellOnce: AssayShell | null | undefined;
