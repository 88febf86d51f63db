// Keeps the import's workers busy: files are handed to them ahead of the one being stored, up to a
// number of files and of bytes (so a folder of large files is not all read into memory at once),
// and their results are taken back in order.
import type { ImportWorkers } from './import-workers.js';
import { failure } from './parsed-document.js';
import type { PageListener, ReadJob, ReadResult } from './read-job.js';

/** Files read ahead: enough for the workers to parse a whole batch while the last one is written. */
const AHEAD_FILES = 2000;
/** Bytes of files read ahead (at least one file is, whatever its size). */
const AHEAD_BYTES = 64 * 1024 * 1024;

export interface Source {
  origin: string;
  /** What to read, or why the file cannot be (found while walking the folders). */
  job: ReadJob | { error: string };
  /** The file's size as far as it is known beforehand (0 if not). */
  bytes: number;
}

export class ReadAhead {
  private readonly results: Promise<ReadResult>[] = [];
  private started = 0;
  private aheadBytes = 0;

  constructor(
    private readonly sources: readonly Source[],
    private readonly workers: ImportWorkers,
    private readonly onPage: (source: Source) => PageListener,
  ) {
    this.fill();
  }

  /** The result of the next source in order. */
  async next(): Promise<ReadResult> {
    const consumed = this.started - this.results.length;
    const result = await (this.results.shift() as Promise<ReadResult>);
    this.aheadBytes -= (this.sources[consumed] as Source).bytes;
    this.fill();
    return result;
  }

  private fill(): void {
    while (this.started < this.sources.length) {
      const source = this.sources[this.started] as Source;
      const room = this.results.length === 0 || (this.results.length < AHEAD_FILES && this.aheadBytes + source.bytes <= AHEAD_BYTES);
      if (!room) return;
      this.started += 1;
      this.aheadBytes += source.bytes;
      const { job } = source;
      this.results.push(
        'error' in job ? Promise.resolve({ outcome: failure(job.error), analyses: [], hashes: [] }) : this.workers.read(job, this.onPage(source), source.bytes),
      );
    }
  }
}
