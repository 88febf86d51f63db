// The help pages, generated from the command table so every option is described exactly once.
import { GLOBAL_OPTIONS, type CommandSpec, type OptionTable } from './args.js';

function usageLine(spec: CommandSpec): string {
  const options = Object.keys(spec.options).length > 0 ? ' [options]' : '';
  return `assay ${spec.name}${spec.args ? ` ${spec.args}` : ''}${options}`;
}

function optionLines(table: OptionTable): string[] {
  const entries = Object.entries(table).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.value ? ` ${o.value}` : ''}${o.multiple ? ' (repeatable)' : ''}`;
    return [flag, o.description] as const;
  });
  const width = Math.max(...entries.map(([flag]) => flag.length));
  return entries.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`);
}

export function commandHelp(spec: CommandSpec): string {
  const lines = [`Usage: ${usageLine(spec)}`, '', `${spec.summary[0]?.toUpperCase() ?? ''}${spec.summary.slice(1)}.`];
  if (Object.keys(spec.options).length > 0) lines.push('', 'Options:', ...optionLines(spec.options));
  lines.push('', 'Global options:', ...optionLines(GLOBAL_OPTIONS), '', 'Example:', `  ${spec.example}`);
  return lines.join('\n');
}

export function generalHelp(commands: readonly CommandSpec[], version: string): string {
  const width = Math.max(...commands.map((c) => `${c.name} ${c.args}`.length));
  const lines = [
    `Assay ${version}: an offline analyst workbench. Import a corpus, search it, highlight and assess passages, export the notes.`,
    '',
    'Usage: assay COMMAND [ARGS] [--db FILE] [--json]',
    '',
    'Commands:',
  ];
  for (const c of commands) {
    lines.push(`  ${`${c.name} ${c.args}`.padEnd(width)}  ${c.summary}`, `  ${''.padEnd(width)}    e.g. ${c.example}`);
  }
  lines.push(
    '',
    'Global options (anywhere on the line):',
    ...optionLines({ ...GLOBAL_OPTIONS, version: { type: 'boolean', description: 'print the version' } }),
    '',
    'Workspace: --db FILE, else $ASSAY_DB, else the per-user workspace the desktop app also uses.',
    'Search: lunr syntax (+must -not title:word wild* fuzzy~1 boost^3) plus "quoted phrases"; Russian',
    '  words match their inflections. Matches are bold on a terminal and [[between brackets]] when',
    "  output is piped or NO_COLOR is set. A query starting with - goes after --: assay search -- '-draft'",
    "Dates are YYYY-MM-DD. --json prints the core's objects unchanged, for scripts.",
    'Web UI: assay serve prints a private link (http://127.0.0.1:PORT/?token=…) on its first line and opens it',
    '  in the default browser; any browser on this machine can use it. The token changes at every start.',
    '',
    'Exit status:',
    '  0  success',
    '  1  nothing done: bad arguments, unknown id or tag, bad query, unusable workspace (one line on stderr)',
    '  2  done in part: import with files that failed, import-annotations with unanchored highlights',
    '  3  internal error (a bug); rerun with ASSAY_DEBUG=1 to see the stack',
    '',
    "Run 'assay help COMMAND' or 'assay COMMAND --help' for a command's options.",
  );
  return lines.join('\n');
}
