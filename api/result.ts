// How results and failures cross every door: `{ ok: true, value } | { ok: false, error }`.
// The `message` is written for the analyst and shown as is; `code` is for programs.
import * as v from 'valibot';

export const ERROR_CODES = [
  'bad-input', // the input is malformed or out of range
  'bad-query', // a search query lunr cannot parse or that we refuse to run
  'not-found', // the id names nothing
  'conflict', // e.g. a tag name already taken, a quote that no longer matches
  'workspace', // the workspace file cannot be opened or is from a newer version
  'busy', // another process holds the workspace's write lock for longer than we wait
  'internal', // a bug: the message says so
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What a failure is about, so each door can add its own hint (the CLI a command, the UI a button). */
export const ERROR_SUBJECTS = ['document', 'annotation', 'tag', 'hypothesis', 'workspace'] as const;
export type ErrorSubject = (typeof ERROR_SUBJECTS)[number];

export const ApiErrorSchema = v.object({
  code: v.picklist(ERROR_CODES),
  message: v.string(),
  subject: v.optional(v.picklist(ERROR_SUBJECTS)),
});
export type ApiError = v.InferOutput<typeof ApiErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The envelope as it arrives over a wire (HTTP, IPC, the utility process); the value is the method's. */
export const ResultSchema = v.variant('ok', [v.object({ ok: v.literal(true), value: v.unknown() }), v.object({ ok: v.literal(false), error: ApiErrorSchema })]);

export function isResult(value: unknown): value is Result<unknown> {
  return v.is(ResultSchema, value);
}

/** An error the core throws on purpose; its message is safe to show to the analyst. */
export class WorkbenchError extends Error {
  readonly code: ErrorCode;
  readonly subject: ErrorSubject | undefined;

  constructor(code: ErrorCode, message: string, subject?: ErrorSubject) {
    super(message);
    this.name = 'WorkbenchError';
    this.code = code;
    this.subject = subject;
  }
}

export function isWorkbenchError(error: unknown): error is WorkbenchError {
  return error instanceof WorkbenchError;
}
