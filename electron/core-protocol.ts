// Messages between the main process and the core's utility process: main sends calls and
// "open this workspace"; the core answers each by id and pushes WorkbenchEvents unasked. The
// shapes derive from the contract: a call names a WorkbenchApi method, an answer is a Result.
import * as v from 'valibot';
import { ResultSchema, type Result } from '../api/result.js';
import { WorkbenchEventSchema, type WorkbenchEvent } from '../api/transport.js';
import { WORKBENCH_METHODS, type WorkbenchMethod } from '../api/workbench-api.js';
import type { WorkspaceInfo } from '../api/types.js';

export type CoreRequest = { id: number; method: WorkbenchMethod; input: unknown } | { id: number; open: string };

export type CoreMessage = { id: number; result: Result<unknown> } | { event: WorkbenchEvent };

/** What an `open` request resolves to. */
export type OpenResult = Result<WorkspaceInfo>;

const RequestId = v.pipe(v.number(), v.safeInteger());

const CoreRequestSchema = v.union([
  v.object({ id: RequestId, open: v.string() }),
  v.object({ id: RequestId, method: v.picklist(WORKBENCH_METHODS), input: v.unknown() }),
]);

const CoreMessageSchema = v.union([v.object({ event: WorkbenchEventSchema }), v.object({ id: RequestId, result: ResultSchema })]);

export function isCoreRequest(value: unknown): value is CoreRequest {
  return v.is(CoreRequestSchema, value);
}

export function isCoreMessage(value: unknown): value is CoreMessage {
  return v.is(CoreMessageSchema, value);
}
