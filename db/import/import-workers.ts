// The import's worker threads: each reads, parses and analyses one file at a time (read-job.ts),
// so the main thread only writes. One lane per core, up to four. A worker runs with a capped heap:
// a file that needs more is refused with that reason, the worker is replaced and the import goes
// on. Where no worker can start (running from TypeScript sources, as tests do), files are read on
// the calling thread instead.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './import-worker.js';
import { failure } from './parsed-document.js';
import { runReadJob, type PageListener, type ReadJob, type ReadResult } from './read-job.js';

const WORKER_FILE = fileURLToPath(new URL('./import-worker.js', import.meta.url));

/**
 * The heap one worker may use, in MB: a file that needs more is refused, not allowed to take the
 * machine's memory. ASSAY_WORKER_HEAP_MB sets another (a machine with little memory, a test).
 */
const WORKER_HEAP_MB = 1024;

function heapLimitMb(): number {
  const asked = Number(process.env.ASSAY_WORKER_HEAP_MB);
  return Number.isInteger(asked) && asked >= 16 ? asked : WORKER_HEAP_MB;
}

function outOfMemoryReason(heapMb: number): string {
  const limit = heapMb % 1024 === 0 ? `${heapMb / 1024} GB` : `${heapMb} MB`;
  return `needs more than ${limit} of memory to read — split it into smaller files`;
}

interface Task {
  id: number;
  job: ReadJob;
  /** The file's size as known beforehand, to share large files out fairly. */
  bytes: number;
  onPage: PageListener;
  resolve: (result: ReadResult) => void;
}

/**
 * Files handed to one worker ahead, by count and by bytes (at least one): it reads them in turn and
 * has the next at hand while the main thread is busy writing (a transaction, up to a second).
 */
const LANE_FILES = 512;
const LANE_BYTES = 16 * 1024 * 1024;

interface Lane {
  worker: Worker;
  /** Sent and not yet answered, oldest first: the worker reads them in this order, so the first is the one being read. */
  tasks: Task[];
  /** The bytes of `tasks`. */
  waiting: number;
  /** Whether it has finished a file: a worker that dies before that may never have started at all. */
  proven: boolean;
}

function failed(reason: string): ReadResult {
  return { outcome: failure(reason), analyses: [], hashes: [] };
}

export class ImportWorkers {
  private readonly lanes: Lane[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;
  private readonly heapMb = heapLimitMb();

  constructor(private readonly lanesWanted = Math.max(1, Math.min(4, availableParallelism()))) {
    if (!existsSync(WORKER_FILE)) return;
    for (let i = 0; i < this.lanesWanted; i++) if (!this.addLane()) break;
  }

  /** Worker threads running: 0 when none could start (everything is then done on the calling thread). */
  get threads(): number {
    return this.lanes.length;
  }

  /** Reads, parses and analyses one file (of about `bytes`), or fingerprints texts; never rejects. */
  read(job: ReadJob, onPage: PageListener, bytes = 0): Promise<ReadResult> {
    if (this.lanes.length === 0) return runReadJob(job, onPage);
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, job, bytes, onPage, resolve });
      this.dispatch();
    });
  }

  /** Stops the workers; files not yet read (the import stopped) are answered as not read, so no caller waits for ever. */
  async close(): Promise<void> {
    this.closed = true;
    const lanes = this.lanes.splice(0);
    const unread = [...lanes.flatMap((lane) => lane.tasks.splice(0)), ...this.queue.splice(0)];
    await Promise.all(lanes.map((lane) => lane.worker.terminate()));
    for (const task of unread) task.resolve(failed('not read: the import stopped'));
  }

  private addLane(): boolean {
    // Workers inherit Node's flags but refuse --input-type (a process run as `node --input-type=module -e …`);
    // flags given explicitly are checked more strictly (--expose-gc is refused then): drop only that one.
    const inherited = process.execArgv;
    const execArgv = inherited.some((arg) => arg.startsWith('--input-type')) ? { execArgv: inherited.filter((arg) => !arg.startsWith('--input-type')) } : {};
    let worker: Worker;
    try {
      worker = new Worker(WORKER_FILE, { ...execArgv, resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    } catch {
      return false;
    }
    const lane: Lane = { worker, tasks: [], waiting: 0, proven: false };
    worker.on('message', (reply: WorkerReply) => this.answer(lane, reply));
    worker.on('error', (error: Error & { code?: string }) =>
      this.lost(
        lane,
        error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemoryReason(this.heapMb) : `could not be read: ${error.message}`,
        error.code === 'ERR_WORKER_OUT_OF_MEMORY',
      ),
    );
    worker.on('exit', () => this.lost(lane, 'could not be read: the reading thread stopped', false));
    // An idle worker does not keep the process alive.
    worker.unref();
    this.lanes.push(lane);
    return true;
  }

  private answer(lane: Lane, reply: WorkerReply): void {
    const task = lane.tasks[0];
    if (!task || task.id !== reply.id) return;
    if ('page' in reply) {
      task.onPage(reply.page, reply.pages);
      return;
    }
    lane.tasks.shift();
    lane.waiting -= task.bytes;
    lane.proven = true;
    task.resolve({ outcome: reply.outcome, analyses: reply.analyses, hashes: reply.hashes, ...(reply.prints ? { prints: reply.prints } : {}) });
    this.dispatch();
  }

  /**
   * A worker died. Out of memory, or a crash after it had read other files: the file it was reading
   * fails with `reason`, the files waiting behind it go back to the queue, and a new worker takes its
   * place. A worker that never finished a file is taken to be unable to run here: all its files go
   * back to the queue and no worker replaces it.
   */
  private lost(lane: Lane, reason: string, outOfMemory: boolean): void {
    const index = this.lanes.indexOf(lane);
    if (index < 0) return;
    this.lanes.splice(index, 1);
    void lane.worker.terminate();
    const tasks = lane.tasks.splice(0);
    lane.waiting = 0;
    if (this.closed) {
      for (const task of tasks) task.resolve(failed('not read: the import stopped'));
      return;
    }
    const blamed = outOfMemory || lane.proven;
    if (blamed) tasks.shift()?.resolve(failed(reason));
    this.queue.unshift(...tasks);
    if (blamed) this.addLane();
    if (this.lanes.length === 0) {
      // No worker can start any more: the rest is read on this thread.
      for (const task of this.queue.splice(0)) void runReadJob(task.job, task.onPage).then(task.resolve);
      return;
    }
    this.dispatch();
  }

  /** Hands queued files, in order, to the workers with the fewest bytes waiting. */
  private dispatch(): void {
    for (;;) {
      const task = this.queue[0];
      const lane = this.lanes.reduce<Lane | undefined>((best, l) => (best === undefined || l.waiting < best.waiting ? l : best), undefined);
      if (!task || !lane) break;
      const room = lane.tasks.length === 0 || (lane.tasks.length < LANE_FILES && lane.waiting + task.bytes <= LANE_BYTES);
      if (!room) break;
      this.queue.shift();
      lane.tasks.push(task);
      lane.waiting += task.bytes;
      lane.worker.postMessage({ id: task.id, job: task.job } satisfies WorkerRequest);
    }
    for (const lane of this.lanes) {
      if (lane.tasks.length > 0) lane.worker.ref();
      else lane.worker.unref();
    }
  }
}
