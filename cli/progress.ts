// Import progress on stderr, for people watching a terminal: counts and a bar redrawn in place
// with \r. Silent when stderr is not a TTY, so logs and pipes stay clean.
import type { ImportProgress } from '../api/types.js';
import { setRedrawnStderrLine } from './output-lines.js';

const BAR_WIDTH = 24;

export interface ProgressReporter {
  update(progress: ImportProgress): void;
  /** Clears the line so the report that follows starts clean. */
  finish(): void;
}

const silent: ProgressReporter = { update: () => undefined, finish: () => undefined };

export function renderProgress(progress: ImportProgress, columns: number): string {
  const fraction = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  const filled = Math.round(fraction * BAR_WIDTH);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
  const counts = progress.total > 0 ? `${progress.done}/${progress.total}` : `${progress.done}`;
  const text = `${progress.phase.padEnd(9)} ${bar} ${counts}${progress.current ? ` ${progress.current}` : ''}`;
  // Never wrap: a wrapped line cannot be redrawn with \r.
  const room = Math.max(10, columns - 1);
  return text.length > room ? `${text.slice(0, room - 1)}…` : text;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (stream.isTTY !== true) return silent;
  let drawn = false;
  let last = 0;
  const clear = (): void => {
    if (drawn) stream.write('\r\x1b[2K');
    drawn = false;
    setRedrawnStderrLine(null);
  };
  return {
    update(progress) {
      if (progress.phase === 'done') return clear();
      // Redraw at most ~20 times a second; the terminal is slower than the importer.
      const now = Date.now();
      if (drawn && now - last < 50 && progress.done < progress.total) return;
      last = now;
      stream.write(`\r\x1b[2K${renderProgress(progress, stream.columns || 80)}`);
      drawn = true;
      // A note written meanwhile (Ctrl+C) starts on a clean line; the next update redraws the bar.
      setRedrawnStderrLine(clear);
    },
    finish: clear,
  };
}
