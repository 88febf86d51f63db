// What a command gets to work with: output streams, the --json switch, and the workspace,
// opened lazily (help needs none) and closed by main whatever happens.
import type { Workbench, WorkbenchOptions } from '../db/workbench.js';
import { resolveWorkspacePath } from '../db/workspace-path.js';
import { writeStderr, writeStdout } from './output-lines.js';

export interface CommandContext {
  readonly json: boolean;
  readonly dbPath: string;
  /** Opens the workspace on first use; later calls return the same one. */
  open(options?: WorkbenchOptions): Promise<Workbench>;
  /** Writes exactly `text` to stdout. */
  write(text: string): void;
  /** Writes `text` plus a newline to stdout. */
  line(text?: string): void;
  /** Pretty-printed JSON plus a newline on stdout. */
  printJson(value: unknown): void;
  /** A line on stderr (notes and warnings, never data). */
  note(text: string): void;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** Close the workspace if it was opened. */
  close(): void;
}

export function createContext(options: { json: boolean; db: string | undefined }): CommandContext {
  let workbench: Workbench | undefined;
  const dbPath = resolveWorkspacePath(options.db);
  const write = writeStdout;
  return {
    json: options.json,
    dbPath,
    async open(openOptions = {}) {
      // Loaded on demand: help and argument errors need neither SQLite nor lunr, and start faster.
      const { openWorkbench } = await import('../db/workbench.js');
      workbench ??= openWorkbench(dbPath, openOptions);
      return workbench;
    },
    write,
    line: (text = '') => write(`${text}\n`),
    printJson: (value) => write(`${JSON.stringify(value, null, 2)}\n`),
    note: (text) => writeStderr(`${text}\n`),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    close() {
      workbench?.close();
      workbench = undefined;
    },
  };
}
