// The fixed IPC channels of the small desktop-only shell API (native file dialogs), shared by
// the preload and the main process. Distinct prefix from the WorkbenchApi's `assay:` channels.
export const SHELL_CHANNELS = {
  openFiles: 'assay-shell:open-files',
  saveFile: 'assay-shell:save-file',
} as const;

/** The shell API the preload exposes as window.assayShell. */
export interface AssayShell {
  readonly isDesktop: true;
  /** Asks for files to import in a native dialog; [] when cancelled. */
  openFiles(): Promise<string[]>;
  /** Saves text where the analyst chooses in a native dialog; false when cancelled. */
  saveFile(suggestedName: string, content: string): Promise<boolean>;
}
