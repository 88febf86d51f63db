#!/usr/bin/env node
// Entry point of the `assay` command: the dispatch table, then find → parse → run → exit code,
// with every failure turned into one line on stderr (see errors.ts for the exit codes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../db/package-root.js';
import { booleanOption, locateCommand, parseCommandArgs, stringOption, type CommandSpec } from './args.js';
import { annotateCommand, annotationsCommand, historyCommand } from './commands/annotations.js';
import { docHistoryCommand, docSetCommand } from './commands/document-details.js';
import {
  achCommand,
  hypothesisAddCommand,
  hypothesisEditCommand,
  hypothesisHistoryCommand,
  hypothesisListCommand,
  hypothesisRmCommand,
  questionCommand,
  rateCommand,
} from './commands/hypotheses.js';
import { relatedCommand } from './commands/related.js';
import { copiesCommand } from './commands/copies.js';
import { docsCommand, rmCommand, showCommand } from './commands/documents.js';
import { exportCommand } from './commands/export.js';
import { importAnnotationsCommand, importCommand } from './commands/import.js';
import { infoCommand } from './commands/info.js';
import { searchCommand } from './commands/search.js';
import { serveCommand } from './commands/serve.js';
import { tagColorCommand, tagDeleteCommand, tagMergeCommand, tagRenameCommand, tagsCommand } from './commands/tags.js';
import { undoCommand } from './commands/undo.js';
import { createContext } from './context.js';
import { CliError, EXIT, reportError } from './errors.js';
import { commandHelp, generalHelp } from './help.js';
import { endStdoutLine } from './output-lines.js';

function version(): string {
  const manifest: unknown = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8'));
  const value = typeof manifest === 'object' && manifest !== null && 'version' in manifest ? manifest.version : undefined;
  return typeof value === 'string' ? value : 'unknown';
}

const helpCommand: CommandSpec = {
  name: 'help',
  args: '[COMMAND]',
  summary: 'show this overview, or one command’s options',
  example: 'assay help search',
  options: {},
  positionals: { min: 0, max: 2 },
  async run(ctx, args) {
    const topic = args.positionals.join(' ');
    if (topic === '') {
      ctx.line(generalHelp(COMMANDS, version()));
      return EXIT.ok;
    }
    const spec = COMMANDS.find((c) => c.name === topic);
    const group = COMMANDS.filter((c) => c.name.startsWith(`${topic} `));
    if (spec) ctx.line(commandHelp(spec));
    else if (group.length > 0) ctx.line(group.map((c) => commandHelp(c)).join('\n\n'));
    else throw new CliError(`no command named '${topic}'.`, '');
    return EXIT.ok;
  },
};

/** Every command, in the order help lists them. */
const COMMANDS: readonly CommandSpec[] = [
  importCommand,
  docsCommand,
  docSetCommand,
  docHistoryCommand,
  showCommand,
  searchCommand,
  rmCommand,
  annotateCommand,
  annotationsCommand,
  historyCommand,
  tagsCommand,
  tagRenameCommand,
  tagMergeCommand,
  tagColorCommand,
  tagDeleteCommand,
  questionCommand,
  hypothesisAddCommand,
  hypothesisEditCommand,
  hypothesisRmCommand,
  hypothesisListCommand,
  hypothesisHistoryCommand,
  rateCommand,
  achCommand,
  relatedCommand,
  copiesCommand,
  exportCommand,
  importAnnotationsCommand,
  undoCommand,
  infoCommand,
  serveCommand,
  helpCommand,
];

async function main(argv: string[]): Promise<number> {
  const located = locateCommand(
    argv,
    COMMANDS.map((c) => c.name),
  );
  const spec = COMMANDS.find((c) => c.name === located.name);
  if (!spec) {
    // No command word: `assay`, `assay --help`, `assay --version`.
    const { values } = parseArgs({
      args: argv,
      options: { version: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, json: { type: 'boolean' }, db: { type: 'string' } },
      strict: false,
    });
    process.stdout.write(values.version === true ? `${version()}\n` : `${generalHelp(COMMANDS, version())}\n`);
    return EXIT.ok;
  }
  const args = parseCommandArgs(spec, located.rest);
  if (booleanOption(args, 'help')) {
    process.stdout.write(`${commandHelp(spec)}\n`);
    return EXIT.ok;
  }
  const db = stringOption(args, 'db');
  if (db !== undefined && db.trim() === '') throw new CliError('--db needs a file name.', spec.name);
  const ctx = createContext({ json: booleanOption(args, 'json'), db });
  try {
    return await spec.run(ctx, args);
  } finally {
    ctx.close();
  }
}

// `assay search x | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    endStdoutLine();
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = reportError(error);
    endStdoutLine();
  },
);
