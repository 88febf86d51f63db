// The optional globals the desktop app's preload exposes (window.assay, assayEvents, assayShell),
// typed once here so the rest of the renderer never touches `window` for them. The preload's
// methods answer Results; clients built here throw WorkbenchErrors with code and subject intact.
import { clientOfBridge } from '../../api/contract.js';
import { SHELL_CONTRACT, type AssayShell, type ShellBridge } from '../../api/shell-api.js';
import { WORKBENCH_CONTRACT, type WorkbenchApi, type WorkbenchBridge } from '../../api/workbench-api.js';
import type { WorkbenchEvent } from '../../api/transport.js';

export interface AssayEvents {
  /** Subscribes to core events; may return an unsubscribe function. */
  onEvent(callback: (event: WorkbenchEvent) => void): unknown;
}

declare global {
  interface Window {
    assay?: WorkbenchBridge;
    assayEvents?: AssayEvents;
    assayShell?: ShellBridge;
  }
}

export function preloadApi(): WorkbenchApi | null {
  return window.assay ? clientOfBridge(WORKBENCH_CONTRACT, window.assay) : null;
}

export function preloadEvents(): AssayEvents | null {
  return window.assayEvents ?? null;
}

export function desktopShell(): AssayShell | null {
  const shell = window.assayShell;
  return shell && shell.isDesktop === true ? { isDesktop: true, ...clientOfBridge(SHELL_CONTRACT, shell) } : null;
}

/** The desktop shell's native helpers, or null in a browser (read once: it never appears later). */
export function useShell(): AssayShell | null {
  return shellOnce === undefined ? (shellOnce = desktopShell()) : shellOnce;
}
let shellOnce: AssayShell | null | undefined;
