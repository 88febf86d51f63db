// Unit tests for the CLI's pure parts: argument location and parsing, snippet marking, tables,
// the progress line and value checks. No process, no workspace.
import { describe, expect, it } from 'vitest';
import { locateCommand, parseCommandArgs, listOption, type CommandSpec } from '../../cli/args.js';
import { CliError } from '../../cli/errors.js';
import { markSnippet } from '../../cli/format/search.js';
import { excerpt, plural, table } from '../../cli/format/text.js';
import { renderProgress } from '../../cli/progress.js';
import { hexColor, isoDate, probability, reliability } from '../../cli/validate.js';

const NAMES = ['search', 'annotate', 'tag rename', 'tag merge'];

const annotate: CommandSpec = {
  name: 'annotate',
  args: 'DOC_ID',
  summary: '',
  example: '',
  options: { quote: { type: 'string', description: '' }, tag: { type: 'string', multiple: true, description: '' } },
  positionals: { min: 1, max: 1 },
  run: () => Promise.resolve(0),
};

describe('locateCommand', () => {
  it('skips global options before the command and removes the command words', () => {
    expect(locateCommand(['--db', 'x.db', 'search', 'army', '--json'], NAMES)).toEqual({ name: 'search', rest: ['--db', 'x.db', 'army', '--json'] });
    expect(locateCommand(['tag', '--json', 'rename', 'a', 'b'], NAMES)).toEqual({ name: 'tag rename', rest: ['--json', 'a', 'b'] });
    expect(locateCommand(['--version'], NAMES).name).toBeUndefined();
  });

  it('names unknown commands and actions', () => {
    expect(() => locateCommand(['serch'], NAMES)).toThrow(/unknown command 'serch'/);
    expect(() => locateCommand(['tag', 'paint'], NAMES)).toThrow(/unknown action 'paint' for 'tag'; use one of: rename, merge/);
  });
});

describe('parseCommandArgs', () => {
  it('collects repeated options and checks positional counts', () => {
    const args = parseCommandArgs(annotate, ['3', '--tag', 'a', '--tag', 'b', '--quote=-x']);
    expect(listOption(args, 'tag')).toEqual(['a', 'b']);
    expect(args.values.quote).toBe('-x');
    expect(() => parseCommandArgs(annotate, [])).toThrow(CliError);
    expect(() => parseCommandArgs(annotate, ['1', '2'])).toThrow(/unexpected argument '2'/);
    expect(() => parseCommandArgs(annotate, ['1', '--nope'])).toThrow(/unknown option '--nope' for 'annotate'/);
  });
});

describe('formatting', () => {
  it('marks highlighted ranges and flattens the snippet onto one line', () => {
    expect(
      markSnippet(
        {
          text: 'the bridge\nwas struck',
          highlights: [
            [4, 10],
            [15, 21],
          ],
        },
        'brackets',
      ),
    ).toBe('the [[bridge]] was [[struck]]');
    expect(markSnippet({ text: 'army', highlights: [[0, 4]] }, 'bold')).toBe('\x1b[1marmy\x1b[22m');
  });

  it('aligns tables, pluralises and cuts excerpts', () => {
    expect(
      table(
        ['ID', 'NAME'],
        [
          ['#1', 'Армия'],
          ['#10', 'x'],
        ],
      ),
    ).toBe('ID   NAME\n#1   Армия\n#10  x');
    expect(plural(1, 'highlight')).toBe('1 highlight');
    expect(plural(0, 'highlight')).toBe('0 highlights');
    expect(excerpt('a  b\n c', 80)).toBe('a b c');
    expect(excerpt('x'.repeat(100), 10)).toHaveLength(10);
  });

  it('draws a progress line that never wraps', () => {
    const line = renderProgress({ phase: 'importing', done: 5, total: 10, current: 'a/very/long/path.txt' }, 40);
    expect(line.length).toBeLessThanOrEqual(39);
    expect(renderProgress({ phase: 'importing', done: 10, total: 10 }, 200)).toContain('[########################] 10/10');
  });
});

describe('value checks', () => {
  it('accepts friendly spellings and rejects the rest', () => {
    expect(reliability('b')).toBe('B');
    expect(probability('Very likely')).toBe('very-likely');
    expect(hexColor('E4572E')).toBe('#e4572e');
    expect(isoDate('2024-02-29', '--from')).toBe('2024-02-29');
    expect(() => isoDate('2023-02-29', '--from')).toThrow(/YYYY-MM-DD/);
  });
});
