// The real core behind main's IPC table, minus the process boundary: a core host with a real
// Workbench on a temp SQLite file, wired to a core client through structured-clone message
// passing, as utilityProcess does between the processes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkbenchEvent } from '../../../api/transport.js';
import { createCoreClient, type CoreClient, type CoreProcessLike } from '../../../electron/core-client.js';
import { createCoreHost, type CoreHost } from '../../../electron/core-host.js';
import type { CoreRequest } from '../../../electron/core-protocol.js';
import { openWorkbench } from '../../../db/workbench.js';

export interface CoreRelay {
  core: CoreClient;
  events: WorkbenchEvent[];
  dir: string;
  /** Simulates the utility process dying with `code`. */
  crash(code: number): void;
  spawned: () => number;
  close(): void;
}

class InProcessCore implements CoreProcessLike {
  readonly host: CoreHost;
  readonly #message = new Set<(message: unknown) => void>();
  readonly #exit = new Set<(code: number) => void>();
  #alive = true;

  constructor() {
    this.host = createCoreHost(
      (path, onProgress, onChange) => openWorkbench(path, { onProgress, onChange }),
      (message) => setImmediate(() => this.#alive && this.#message.forEach((listener) => listener(structuredClone(message)))),
    );
  }

  postMessage(message: CoreRequest): void {
    const copy = structuredClone(message);
    setImmediate(() => void (this.#alive && this.host.receive(copy)));
  }

  on(event: 'message' | 'exit', listener: ((message: unknown) => void) | ((code: number) => void)): this {
    if (event === 'message') this.#message.add(listener as (message: unknown) => void);
    else this.#exit.add(listener as (code: number) => void);
    return this;
  }

  kill(): boolean {
    this.stop(0);
    return true;
  }

  stop(code: number): void {
    if (!this.#alive) return;
    this.#alive = false;
    this.host.close();
    this.#exit.forEach((listener) => listener(code));
  }
}

export function createCoreRelay(): CoreRelay {
  const dir = mkdtempSync(join(tmpdir(), 'assay-electron-test-'));
  const events: WorkbenchEvent[] = [];
  const processes: InProcessCore[] = [];
  const core = createCoreClient({
    spawn: () => {
      const child = new InProcessCore();
      processes.push(child);
      return child;
    },
    onEvent: (event) => events.push(event),
  });
  return {
    core,
    events,
    dir,
    crash: (code) => processes.at(-1)?.stop(code),
    spawned: () => processes.length,
    close() {
      core.dispose();
      processes.forEach((child) => child.stop(0));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
