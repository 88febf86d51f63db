// The UI's own hint after a core error, chosen by what the error is about (its `subject`): core
// messages are neutral, so naming the control that would help is this door's job, as the CLI
// names a command. A workspace that cannot be opened is the desktop shell's to report (its File
// menu opens another); the browser UI serves the one workspace `assay serve` was given.
import { isWorkbenchError, type ErrorSubject } from '../../api/result.js';

const HINTS = new Map<ErrorSubject, string>([
  ['document', 'Search again to pick one from the results.'],
  ['annotation', 'The Notes pane lists the highlights there are.'],
  ['tag', 'Manage tags lists the tags there are.'],
]);

/**
 * `message` followed by the UI's hint for `error`, if it has one. Only a WorkbenchError thrown in
 * the page (the browser UI's client) carries a subject: Electron's contextBridge passes an error's
 * message alone, so the desktop page shows the core's message without a hint.
 */
export function withUiHint(message: string, error: unknown): string {
  const hint = isWorkbenchError(error) && error.subject !== undefined ? HINTS.get(error.subject) : undefined;
  if (hint === undefined) return message;
  return `${/[.!?…]$/.test(message) ? message : `${message}.`} ${hint}`;
}
