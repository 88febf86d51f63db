// How results and failures cross every door: `{ ok: true, value } | { ok: false, error }`.
// The `message` is written for the analyst and shown as is; `code` is for programs.

export type ErrorCode =
  | 'bad-input' // the input is malformed or out of range
  | 'bad-query' // a search query lunr cannot parse or that we refuse to run
  | 'not-found' // the id names nothing
  | 'conflict' // e.g. a tag name already taken, a quote that no longer matches
  | 'workspace' // the workspace file cannot be opened or is from a newer version
  | 'busy' // another process holds the workspace's write lock for longer than we wait
  | 'internal'; // a bug: the message says so

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** An error the core throws on purpose; its message is safe to show to the analyst. */
export class WorkbenchError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'WorkbenchError';
    this.code = code;
  }
}

export function isWorkbenchError(error: unknown): error is WorkbenchError {
  return error instanceof WorkbenchError;
}
