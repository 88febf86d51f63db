// The desktop shell's own small contract (native file dialogs), declared like the WorkbenchApi and
// carried by the same machinery: the preload's window.assayShell is a client of it, main's
// handlers are checked by the same dispatch. Only the desktop app has it.
import * as v from 'valibot';
import { method, methodNames, type ApiOf, type HandlersOf, type MethodName, type ResultsOf } from './contract.js';
import { NoInput } from './schemas/common.js';

export const SHELL_CONTRACT = {
  /** Asks for files to import in a native dialog; [] when cancelled. */
  openFiles: method(NoInput, v.array(v.string())),
  /** Saves text where the analyst chooses in a native dialog; false when cancelled. Only the file name is taken from the page. */
  saveFile: method(v.strictObject({ suggestedName: v.string(), content: v.string() }), v.boolean()),
};

export type ShellApi = ApiOf<typeof SHELL_CONTRACT>;
export type ShellHandlers = HandlersOf<typeof SHELL_CONTRACT>;
export type ShellMethod = MethodName<typeof SHELL_CONTRACT>;
export const SHELL_METHODS: readonly ShellMethod[] = methodNames(SHELL_CONTRACT);

/** The shell's API as the page uses it, marked so the page can tell it is in the desktop app. */
export type AssayShell = ShellApi & { readonly isDesktop: true };

/** window.assayShell as the preload exposes it: each method answers a Result (see ResultsOf). */
export type ShellBridge = ResultsOf<typeof SHELL_CONTRACT> & { readonly isDesktop: true };
