// Keeps the CLI's stdout and stderr lines apart when both reach one place (a terminal, `2>&1`,
// one log file): output that does not end in a newline (an export written byte for byte) is ended
// before a note or an error follows on stderr, and before the prompt returns on a terminal; a line
// redrawn in place on stderr (the progress bar) is cleared before a note is written.
// When the two streams go to different places, stdout's bytes are left exactly as written.
import { fstatSync } from 'node:fs';

let stdoutLineOpen = false;
let clearRedrawnLine: (() => void) | null = null;

/** Tells the writers that stderr ends in a line redrawn in place, and how to clear it; null once it is cleared. */
export function setRedrawnStderrLine(clear: (() => void) | null): void {
  clearRedrawnLine = clear;
}

/** Writes `text` to stdout as is, remembering whether its last line is finished. */
export function writeStdout(text: string): void {
  if (text === '') return;
  process.stdout.write(text);
  stdoutLineOpen = !text.endsWith('\n');
}

// The same file, pipe or terminal behind both descriptors.
function sameDestination(): boolean {
  try {
    const out = fstatSync(1);
    const err = fstatSync(2);
    return out.dev === err.dev && out.ino === err.ino;
  } catch {
    return false;
  }
}

/** Writes `text` to stderr, first ending an unfinished stdout line that would run into it. */
export function writeStderr(text: string): void {
  clearRedrawnLine?.();
  if (stdoutLineOpen && sameDestination()) writeStdout('\n');
  process.stderr.write(text);
}

/** At exit: on a terminal, an unfinished last line is ended so the shell's prompt starts on its own line. */
export function endStdoutLine(): void {
  if (stdoutLineOpen && process.stdout.isTTY === true) writeStdout('\n');
}
