// The machinery every door shares: a contract is a table of methods, each a valibot schema for its
// input and its output. From one table come the TypeScript types (caller and handler side), the
// input check with a message that names the field, one `dispatch()` that turns a call into a
// Result, and a client built from any transport. The WorkbenchApi and the desktop shell's API
// are both contracts.
import * as v from 'valibot';
import { WorkbenchError, type Result } from './result.js';

type AnySchema = v.GenericSchema;

export interface MethodSpec<I extends AnySchema = AnySchema, O extends AnySchema = AnySchema> {
  readonly input: I;
  readonly output: O;
}

export type Contract = { readonly [name: string]: MethodSpec };

/** Declares one method: the schema of its one argument and of its value. */
export function method<I extends AnySchema, O extends AnySchema>(input: I, output: O): MethodSpec<I, O> {
  return { input, output };
}

/** What a caller sends and gets back (the client, the renderer, the CLI). */
export type ApiOf<C extends Contract> = {
  [M in keyof C]: (input: v.InferInput<C[M]['input']>) => Promise<v.InferOutput<C[M]['output']>>;
};

/** What an implementation receives (the input after its check) and returns. */
export type HandlersOf<C extends Contract> = {
  [M in keyof C]: (input: v.InferOutput<C[M]['input']>) => Promise<v.InferOutput<C[M]['output']>>;
};

export type MethodName<C extends Contract> = keyof C & string;

/** Every method name of a contract, in declaration order. */
export function methodNames<C extends Contract>(contract: C): MethodName<C>[] {
  return Object.keys(contract) as MethodName<C>[];
}

export function isMethodOf<C extends Contract>(contract: C, name: unknown): name is MethodName<C> {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  strict_object: 'an object',
  array: 'a list',
  null: 'null',
};

function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never') return 'not a field this call takes';
  // A missing key is reported by its object, which names the key, not the value's type.
  if (issue.kind === 'schema' && issue.received === 'undefined') return 'required';
  if (issue.kind === 'schema' && issue.type === 'picklist')
    return `expected one of ${(issue.expected ?? '')
      .replace(/^\(|\)$/g, '')
      .replaceAll('"', '')
      .replaceAll(' | ', ', ')}`;
  if (issue.kind === 'schema' && issue.type in TYPE_WORDS) return `expected ${TYPE_WORDS[issue.type]}`;
  // Validation actions carry their own plain message (see api/schemas/common.ts).
  return issue.message;
}

/** One line naming the field and what was expected: `filters.language: expected a string`. */
export function describeIssues(method: string, issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (issue === undefined) return `${method}: the input is not valid`;
  const path = v.getDotPath(issue);
  if (path === null || path === '') {
    return issue.kind === 'schema' ? `${method} takes one object argument` : `${method}: ${describeIssue(issue)}`;
  }
  return `${path}: ${describeIssue(issue)}`;
}

export function badInput(message: string): Result<never> {
  return { ok: false, error: { code: 'bad-input', message } };
}

/** Checks a call's argument against its method's input schema, before any handler runs. */
export function checkInput<C extends Contract, M extends MethodName<C>>(contract: C, name: M, input: unknown): Result<v.InferOutput<C[M]['input']>> {
  // valibot's object schemas accept arrays; a call's argument is always one plain object.
  if (Array.isArray(input)) return badInput(`${name} takes one object argument`);
  const parsed = v.safeParse((contract[name] as MethodSpec).input, input, { abortPipeEarly: true });
  if (!parsed.success) return badInput(describeIssues(name, parsed.issues));
  return { ok: true, value: parsed.output as v.InferOutput<C[M]['input']> };
}

/** Checks a method's value against its output schema (tests use this to hold the core to the contract). */
export function checkOutput<C extends Contract, M extends MethodName<C>>(contract: C, name: M, output: unknown): string | null {
  const parsed = v.safeParse((contract[name] as MethodSpec).output, output);
  return parsed.success ? null : describeIssues(name, parsed.issues);
}

/** A failure as it crosses a door: the core's own errors pass as they are; anything else is a bug. */
export function toResult(error: unknown): Result<never> {
  if (error instanceof WorkbenchError) {
    return { ok: false, error: { code: error.code, message: error.message, ...(error.subject ? { subject: error.subject } : {}) } };
  }
  // The detail (paths, SQL) stays in the door's log (see `onBug`); the analyst is told it is a bug.
  return { ok: false, error: { code: 'internal', message: 'Assay hit an internal error (a bug); the log has the details.' } };
}

/** Told of a failure that is a bug (not a WorkbenchError), with its stack, so a door can log it. */
export type BugReporter = (method: string, error: unknown) => void;

/** Runs one call through its door: method known, input checked, handler run, any failure a Result. */
export async function dispatch<C extends Contract>(contract: C, handlers: HandlersOf<C>, name: string, input: unknown, onBug?: BugReporter): Promise<Result<unknown>> {
  if (!isMethodOf(contract, name)) return badInput(`There is no method "${name}"`);
  const checked = checkInput(contract, name, input);
  if (!checked.ok) return checked;
  try {
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler.call(handlers, checked.value) };
  } catch (error) {
    if (!(error instanceof WorkbenchError)) onBug?.(name, error);
    return toResult(error);
  }
}

/**
 * The handlers behind their input checks, for callers in the same process (the CLI, tests): a bad
 * argument throws a `bad-input` WorkbenchError; the handlers' own errors pass unchanged, stack and all.
 */
export function guard<C extends Contract>(contract: C, handlers: HandlersOf<C>): ApiOf<C> {
  const guarded: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of methodNames(contract)) {
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    guarded[name] = async (input: unknown) => {
      const checked = checkInput(contract, name, input);
      if (!checked.ok) throw new WorkbenchError(checked.error.code, checked.error.message);
      return handler.call(handlers, checked.value);
    };
  }
  return guarded as ApiOf<C>;
}

/**
 * A contract's methods answering Results instead of throwing: what crosses Electron's contextBridge,
 * which copies only an error's message and would lose its code and subject.
 */
export type ResultsOf<C extends Contract> = {
  [M in keyof C]: (input: v.InferInput<C[M]['input']>) => Promise<Result<v.InferOutput<C[M]['output']>>>;
};

/** One plain function per method over a transport, answering its Result: never a generic send. */
export function createResultBridge<C extends Contract>(contract: C, transport: Transport<C>): ResultsOf<C> {
  const bridge: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
  for (const name of methodNames(contract)) bridge[name] = (input: unknown) => transport(name, input ?? {});
  return bridge as ResultsOf<C>;
}

/** A thrown-error client over a Result bridge (the renderer's side of the preload). */
export function clientOfBridge<C extends Contract>(contract: C, bridge: ResultsOf<C>): ApiOf<C> {
  return createClient(contract, (name, input) => (bridge[name] as (input: unknown) => Promise<Result<unknown>>)(input));
}

export type Transport<C extends Contract> = (name: MethodName<C>, input: unknown) => Promise<Result<unknown>>;

/** A caller's API over any transport, one loop over the contract; a failed Result is thrown as a WorkbenchError. */
export function createClient<C extends Contract>(contract: C, transport: Transport<C>): ApiOf<C> {
  const client: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of methodNames(contract)) {
    client[name] = async (input: unknown) => {
      const result = await transport(name, input ?? {});
      if (!result.ok) throw new WorkbenchError(result.error.code, result.error.message, result.error.subject);
      return result.value;
    };
  }
  return client as ApiOf<C>;
}
