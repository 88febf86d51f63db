// The CLI's own behaviour before it reaches the core: help, version, argument mistakes and the
// one-line errors they produce. Runs the built `assay` as a real process.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assay, buildCli, isOneLineError, workspace, type Workspace } from './helpers.js';

let ws: Workspace | undefined;

beforeAll(() => {
  buildCli();
});

afterEach(() => {
  ws?.cleanup();
  ws = undefined;
});

describe('assay help', () => {
  it('lists every command with an example, with no arguments, help or --help', () => {
    for (const args of [[], ['help'], ['--help']]) {
      const result = assay(args);
      expect(result.code).toBe(0);
      for (const command of [
        'import',
        'docs',
        'show',
        'search',
        'rm',
        'annotate',
        'annotations',
        'history',
        'tags',
        'tag rename',
        'tag merge',
        'tag color',
        'tag delete',
        'export',
        'import-annotations',
        'info',
        'help',
      ]) {
        expect(result.stdout).toContain(`  ${command} `);
      }
      expect(result.stdout).toContain('e.g. assay search');
      expect(result.stdout).toContain('Exit status');
      expect(result.stdout).toContain('[[');
    }
  });

  it('shows one command’s options with help COMMAND and COMMAND --help', () => {
    const viaHelp = assay(['help', 'annotate']);
    const viaFlag = assay(['annotate', '--help']);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toBe(viaFlag.stdout);
    expect(viaHelp.stdout).toContain('Usage: assay annotate DOC_ID');
    expect(viaHelp.stdout).toContain('--reliability A-F');
    expect(viaHelp.stdout).toContain('almost-certain');
  });

  it('prints the version', () => {
    const result = assay(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('argument mistakes', () => {
  it.each([
    [['frobnicate'], /unknown command 'frobnicate'.*assay help/],
    [['search', 'army', '--bogus'], /unknown option '--bogus'.*assay help search/],
    [['search'], /'search' needs QUERY/],
    [['tag'], /'tag' needs an action; use one of: rename, merge, color, delete/],
    [['tag', 'paint', 'x'], /unknown action 'paint'/],
    [['show', 'abc'], /document ID must be a positive whole number/],
    [['rm', '0'], /positive whole number/],
    [['docs', '--limit', '-3'], /--limit/],
    [['search', 'army', '--from', '2024-02-30'], /--from must be a date written YYYY-MM-DD/],
    [['search', 'army', '--to', '21/11/2024'], /--to must be a date written YYYY-MM-DD/],
    [['annotate', '1', '--quote', 'x', '--reliability', 'Q'], /--reliability must be one of A, B, C, D, E, F/],
    [['annotate', '1', '--quote', 'x', '--credibility', '9'], /--credibility must be one of 1, 2, 3, 4, 5, 6/],
    [['annotate', '1', '--quote', 'x', '--probability', 'maybe'], /almost-no-chance, very-unlikely, unlikely, roughly-even-chance, likely, very-likely, almost-certain/],
    [['annotate', '1', '--quote', 'x', '--confidence', 'total'], /low, moderate, high/],
    [['annotate', '1'], /--quote/],
    [['export', '--format', 'pdf'], /--format must be one of md, csv, json/],
    [['export', '--format', 'csv', '--group-by', 'tag'], /only to --format md/],
    [['tag', 'color', 'x', 'red'], /#rrggbb/],
    [['import'], /PATH/],
  ])('assay %j fails with one line', (args, message) => {
    ws = workspace();
    const result = ws.run(args);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(isOneLineError(result.stderr)).toBe(true);
    expect(result.stderr).toMatch(message);
  });

  it('refuses a file that is not a workspace with one line', () => {
    ws = workspace();
    const [text] = ws.write(['bridge.txt']);
    // --db may come before the command too.
    const result = assay(['--db', text ?? '', 'docs']);
    expect(result.code).toBe(1);
    expect(isOneLineError(result.stderr)).toBe(true);
    // The core says what is wrong; only the CLI names --db.
    expect(result.stderr).toMatch(/^assay: .*bridge\.txt is not an Assay workspace \(not a SQLite database\)\. Choose another file with --db FILE\.\n$/);
  });
});
