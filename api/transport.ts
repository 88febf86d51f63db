// How WorkbenchApi calls travel over HTTP (web host) and IPC (desktop app): names derived from
// the method table, the token header, and the events pushed to the UI. Pure: no Node, no DOM.
import * as v from 'valibot';
import { ImportProgressSchema } from './schemas/documents.js';
import type { ShellMethod } from './shell-api.js';
import type { WorkbenchMethod } from './workbench-api.js';

export const TOKEN_HEADER = 'X-Assay-Token';

/** `POST /api/<method>`: the JSON body is the method's argument. */
export function httpRoute(method: WorkbenchMethod): string {
  return `/api/${method}`;
}

/** The IPC channel of a method in the desktop app. */
export function ipcChannel(method: WorkbenchMethod): string {
  return `assay:${method}`;
}

/** The IPC channel of a desktop shell method (native dialogs): a prefix of its own. */
export function shellChannel(method: ShellMethod): string {
  return `assay-shell:${method}`;
}

/** Commands the desktop app's native menu hands to the UI, which owns these screens. */
export const MENU_COMMANDS = ['import', 'export', 'shortcuts'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The kinds of data a change can touch; the UI refreshes what reads them. */
export const CHANGE_TOPICS = ['documents', 'annotations', 'tags', 'hypotheses'] as const;
export type ChangeTopic = (typeof CHANGE_TOPICS)[number];

/**
 * Typed events pushed to the UI: the core's progress while it works, menu commands (desktop), and
 * `changed` when another process (the CLI, a second window) wrote to the open workspace.
 */
export const WorkbenchEventSchema = v.variant('type', [
  v.object({ type: v.literal('progress'), progress: ImportProgressSchema }),
  v.object({ type: v.literal('menu'), command: v.picklist(MENU_COMMANDS) }),
  v.object({ type: v.literal('changed'), topics: v.array(v.picklist(CHANGE_TOPICS)) }),
]);
export type WorkbenchEvent = v.InferOutput<typeof WorkbenchEventSchema>;

export function isWorkbenchEvent(value: unknown): value is WorkbenchEvent {
  return v.is(WorkbenchEventSchema, value);
}

/** Server-sent events stream of WorkbenchEvent (web host); IPC channel for the same (desktop). */
export const EVENTS_ROUTE = '/api/events';
export const EVENTS_CHANNEL = 'assay:event';
