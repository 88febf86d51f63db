// Output lines never run together: an unfinished stdout line (an export written byte for byte) is
// ended before a stderr note when both streams reach one place, left exactly as written when they
// do not, ended at exit on a terminal; and a note clears the progress bar instead of joining it.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, workspace } from './helpers.js';

let outputLines: string;

beforeAll(() => {
  outputLines = pathToFileURL(join(dirname(buildCli()), 'output-lines.js')).href;
});

/** Runs a module script using the compiled output-lines.js; `merge` sends stderr into stdout's pipe (2>&1). */
function script(body: string, merge: boolean): { stdout: string; stderr: string } {
  const code = `const m = await import(${JSON.stringify(outputLines)});\n${body}`;
  const result = merge
    ? spawnSync('sh', ['-c', `"${process.execPath}" --input-type=module -e "$SCRIPT" 2>&1`], { env: { ...process.env, SCRIPT: code }, encoding: 'utf8' })
    : spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return { stdout: result.stdout, stderr: result.stderr };
}

describe('stdout and stderr lines', () => {
  it('ends an unfinished stdout line before a note when both go to one pipe', () => {
    expect(script(`m.writeStdout('id,quote'); m.writeStderr('Wrote 1 annotation\\n');`, true).stdout).toBe('id,quote\nWrote 1 annotation\n');
  });

  it('leaves stdout byte for byte when stderr goes elsewhere', () => {
    expect(script(`m.writeStdout('id,quote'); m.writeStderr('note\\n'); m.endStdoutLine();`, false)).toEqual({ stdout: 'id,quote', stderr: 'note\n' });
  });

  it('adds nothing after a finished line', () => {
    expect(script(`m.writeStdout('id,quote\\n'); m.writeStderr('note\\n');`, true).stdout).toBe('id,quote\nnote\n');
  });

  it('clears a line redrawn in place before a note is written under it', () => {
    const body = `process.stderr.write('importing [###]'); m.setRedrawnStderrLine(() => { process.stderr.write('\\r\\x1b[2K'); m.setRedrawnStderrLine(null); }); m.writeStderr('stopping\\n'); m.writeStderr('again\\n');`;
    expect(script(body, false).stderr).toBe('importing [###]\r\x1b[2Kstopping\nagain\n');
  });

  it('ends an unfinished last line at exit on a terminal only', () => {
    const body = `m.writeStdout('{ "done": true }'); m.endStdoutLine();`;
    expect(script(body, true).stdout).toBe('{ "done": true }');
    const terminal = spawnSync('script', ['-qec', `"${process.execPath}" --input-type=module -e "$SCRIPT"`, '/dev/null'], {
      env: { ...process.env, SCRIPT: `const m = await import(${JSON.stringify(outputLines)});\n${body}` },
      encoding: 'utf8',
    });
    if (terminal.error || terminal.status !== 0) return; // no util-linux `script` to lend a terminal
    expect(terminal.stdout).toBe('{ "done": true }\r\n');
  });

  it('keeps the real CLI’s report and its note on separate lines when both reach one pipe', () => {
    const ws = workspace();
    try {
      const [good = ''] = ws.write(['bridge.txt']);
      const cli = buildCli();
      const run = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" import "$GOOD" "$MISSING" --db "$DB" 2>&1`], {
        env: { ...process.env, GOOD: good, MISSING: join(ws.dir, 'missing.txt'), DB: ws.db },
        encoding: 'utf8',
      });
      expect(run.status).toBe(2);
      const lines = run.stdout.trimEnd().split('\n');
      expect(lines.at(-1)).toBe('assay: 1 of 2 files could not be imported; the others were.');
      expect(lines.slice(0, -1).every((line) => !line.includes('assay: '))).toBe(true);
    } finally {
      ws.cleanup();
    }
  });
});
