// Table-driven argument parsing on node:util parseArgs: each command declares its options and
// positionals once; this module finds the command in argv, parses strictly and checks counts.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CommandContext } from './context.js';
import { CliError } from './errors.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  /** Placeholder shown in help, e.g. N or DATE. */
  value?: string;
  description: string;
}

export type OptionTable = Record<string, OptionSpec>;

export type OptionValue = string | boolean | (string | boolean)[] | undefined;

export interface ParsedArgs {
  values: Record<string, OptionValue>;
  positionals: string[];
}

export interface CommandSpec {
  /** One word, or two for an action on a group ("tag rename"). */
  name: string;
  /** The positionals as shown in usage, e.g. "QUERY" or "PATH...". */
  args: string;
  summary: string;
  example: string;
  options: OptionTable;
  positionals: { min: number; max: number };
  run(ctx: CommandContext, args: ParsedArgs): Promise<number>;
}

/** Accepted by every command, anywhere on the line. */
export const GLOBAL_OPTIONS: OptionTable = {
  db: { type: 'string', value: 'FILE', description: 'workspace file (default: $ASSAY_DB, then the per-user workspace)' },
  json: { type: 'boolean', description: 'print machine-readable JSON on stdout' },
  help: { type: 'boolean', short: 'h', description: 'show help for the command' },
};

function toConfig(table: OptionTable): NonNullable<ParseArgsConfig['options']> {
  const config: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, spec] of Object.entries(table)) {
    config[name] = { type: spec.type, ...(spec.multiple ? { multiple: true } : {}), ...(spec.short ? { short: spec.short } : {}) };
  }
  return config;
}

export interface Located {
  /** The command's name, or undefined when argv names none (bare `assay`, `assay --version`). */
  name: string | undefined;
  /** argv without the command's word(s). */
  rest: string[];
}

/**
 * Finds the command word(s) among argv, skipping global options that may come first
 * (`assay --db x.db search army`). Two-word commands are tried before one-word ones.
 */
export function locateCommand(argv: string[], names: readonly string[]): Located {
  const { tokens } = parseArgs({
    args: argv,
    options: { ...toConfig(GLOBAL_OPTIONS), version: { type: 'boolean' } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const words = tokens.filter((t) => t.kind === 'positional');
  const first = words[0];
  if (!first) return { name: undefined, rest: argv };
  const second = words[1];
  const groups = new Set(names.filter((n) => n.includes(' ')).map((n) => n.split(' ')[0]));
  let used = [first.index];
  let name = first.value;
  if (groups.has(first.value)) {
    const actions = names.filter((n) => n.startsWith(`${first.value} `)).map((n) => n.split(' ')[1]);
    const pair = second ? `${first.value} ${second.value}` : '';
    if (!second || !names.includes(pair)) {
      const what = second ? `unknown action '${second.value}' for '${first.value}'` : `'${first.value}' needs an action`;
      throw new CliError(`${what}; use one of: ${actions.join(', ')}.`, first.value);
    }
    name = pair;
    used = [first.index, second.index];
  } else if (!names.includes(first.value)) {
    throw new CliError(`unknown command '${first.value}'.`, '');
  }
  return { name, rest: argv.filter((_, i) => !used.includes(i)) };
}

/** Parses the command's own argv strictly; unknown options and wrong counts are one-line errors. */
export function parseCommandArgs(spec: CommandSpec, argv: string[]): ParsedArgs {
  let parsed: ParsedArgs;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: toConfig({ ...GLOBAL_OPTIONS, ...spec.options }),
      strict: true,
      allowPositionals: true,
    });
    parsed = { values, positionals };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = (error as Error).message;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = /'([^']+)'/.exec(message)?.[1] ?? 'option';
      throw new CliError(`unknown option '${option}' for '${spec.name}'.`, spec.name);
    }
    if (code?.startsWith('ERR_PARSE_ARGS')) throw new CliError(`${spec.name}: ${message}`, spec.name);
    throw error;
  }
  if (parsed.values.help === true) return parsed;
  const count = parsed.positionals.length;
  if (count < spec.positionals.min) {
    throw new CliError(`'${spec.name}' needs ${spec.args}.`, spec.name);
  }
  if (count > spec.positionals.max) {
    const extra = parsed.positionals[spec.positionals.max] ?? '';
    throw new CliError(`unexpected argument '${extra}' for '${spec.name}'.`, spec.name);
  }
  return parsed;
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function booleanOption(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

export function listOption(args: ParsedArgs, name: string): string[] {
  const value = args.values[name];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

/** The n-th positional, which the positional count check has already guaranteed. */
export function positional(args: ParsedArgs, index: number): string {
  const value = args.positionals[index];
  if (value === undefined) throw new CliError('missing argument.');
  return value;
}
