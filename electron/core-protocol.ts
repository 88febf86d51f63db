// Messages between the main process and the core's utility process: main sends calls and
// "open this workspace"; the core answers each by id and pushes WorkbenchEvents unasked.
import type { Result } from '../api/result.js';
import type { WorkbenchEvent } from '../api/transport.js';
import { WORKBENCH_METHODS, type WorkbenchMethod } from '../api/workbench-api.js';
import type { WorkspaceInfo } from '../api/types.js';

export type CoreRequest = { id: number; method: WorkbenchMethod; input: unknown } | { id: number; open: string };

export type CoreMessage = { id: number; result: Result<unknown> } | { event: WorkbenchEvent };

/** What an `open` request resolves to. */
export type OpenResult = Result<WorkspaceInfo>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isCoreRequest(value: unknown): value is CoreRequest {
  if (!isRecord(value) || !Number.isInteger(value.id)) return false;
  if (typeof value.open === 'string') return true;
  return typeof value.method === 'string' && (WORKBENCH_METHODS as readonly string[]).includes(value.method) && 'input' in value;
}

export function isCoreMessage(value: unknown): value is CoreMessage {
  if (!isRecord(value)) return false;
  if (isRecord(value.event)) return typeof value.event.type === 'string';
  return Number.isInteger(value.id) && isRecord(value.result) && typeof value.result.ok === 'boolean';
}
