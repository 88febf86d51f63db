// The CLI's exit codes and its one-line error reporting: an analyst's mistake gets a plain
// message and the command that would help; only a bug gets a hint to rerun with ASSAY_DEBUG=1.
import { isWorkbenchError, type ErrorSubject } from '../api/result.js';
import { writeStderr } from './output-lines.js';

export const EXIT = {
  ok: 0,
  /** The command did not run: bad arguments, unknown id, bad query, unusable workspace. */
  error: 1,
  /** The command ran, but some inputs were not taken (files that failed, unanchored notes). */
  partial: 2,
  /** A bug in Assay. */
  internal: 3,
} as const;

/** A mistake by the person at the keyboard; `helpTopic` names the help page that would help. */
export class CliError extends Error {
  readonly helpTopic: string | undefined;

  constructor(message: string, helpTopic?: string) {
    super(message);
    this.name = 'CliError';
    this.helpTopic = helpTopic;
  }
}

/** Collapses a message onto one line so scripts can rely on one line of stderr per failure. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** The CLI's own hint for a core error about each kind of thing: the command that would help. */
const SUBJECT_HINTS: Record<ErrorSubject, string> = {
  document: "List them with 'assay docs'.",
  annotation: "List them with 'assay annotations'.",
  tag: "List them with 'assay tags'.",
  hypothesis: "List them with 'assay hypothesis list'.",
  workspace: 'Choose another file with --db FILE.',
};

/** A message and the hint after it, as one or more sentences. */
function withHint(message: string, hint: string | undefined): string {
  if (hint === undefined) return message;
  return `${/[.!?]$/.test(message) ? message : `${message}.`} ${hint}`;
}

/** Writes one line to stderr for `error` and returns the exit code it deserves. */
export function reportError(error: unknown, env: NodeJS.ProcessEnv = process.env): number {
  const debug = Boolean(env.ASSAY_DEBUG) && env.ASSAY_DEBUG !== '0';
  if (error instanceof CliError) {
    const hint = error.helpTopic === undefined ? '' : ` Run 'assay help${error.helpTopic ? ` ${error.helpTopic}` : ''}'.`;
    writeStderr(`assay: ${oneLine(error.message)}${hint}\n`);
    return EXIT.error;
  }
  if (isWorkbenchError(error) && error.code !== 'internal') {
    // The core's message is neutral; the command that would help is the CLI's to name.
    const hint = error.subject === undefined ? undefined : SUBJECT_HINTS[error.subject];
    writeStderr(`assay: ${withHint(oneLine(error.message), hint)}\n`);
    return EXIT.error;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (debug) {
    writeStderr(`assay: internal error: ${oneLine(message)}\n`);
    if (error instanceof Error && error.stack) writeStderr(`${error.stack}\n`);
  } else {
    writeStderr(`assay: internal error: ${oneLine(message)} (run with ASSAY_DEBUG=1 to see the stack)\n`);
  }
  return EXIT.internal;
}
