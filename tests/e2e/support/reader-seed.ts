// A small workspace for the reader's bearings and the discard guard: a long log (300 paragraphs, one
// highlight deep inside it) and a short memo with two overlapping highlights, one with two tags.
// Imported through the built CLI into the test's own workspace; the open page then reloads.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AssayServer } from './fixtures.js';

const run = promisify(execFile);

export const LOG_TITLE = 'Harbour master’s log of the Marensk fire';
export const LOG_SOURCE = 'Port authority';
/** In paragraph 250 of 300: far down the log. */
export const DEEP_PASSAGE = 'The tug Vigilant reported smoke at berth nine';
export const MEMO_TITLE = 'Overlap test memo';
export const MEMO_BODY = 'Alpha bravo charlie delta echo foxtrot golf hotel.';
/** Tagged "timeline" and "fire" (#e69f00 and #56b4e9, the first two colours of the palette). */
export const OUTER = 'bravo charlie delta';
/** Tagged "rumour"; overlaps OUTER on "delta". */
export const INNER = 'delta echo';

async function cli(server: AssayServer, args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['dist/cli/main.js', ...args, '--db', server.dbPath], { cwd: process.cwd() });
  return stdout;
}

export async function seedReader(server: AssayServer): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'assay-reader-'));
  try {
    const paragraphs = Array.from(
      { length: 300 },
      (_, i) => `Entry ${i + 1} of the harbour log: the watch noted the wind, the tide and the state of every berth, as each hour.`,
    );
    paragraphs[249] = `${DEEP_PASSAGE} before the alarm was raised.`;
    const documents = [
      { title: LOG_TITLE, source: LOG_SOURCE, date: '2026-03-12', body: paragraphs.join('\n\n') },
      { title: MEMO_TITLE, source: 'Desk memo', date: '2026-03-13', body: MEMO_BODY },
    ];
    const file = join(dir, 'reader.json');
    await writeFile(file, JSON.stringify({ documents }));
    const report = JSON.parse(await cli(server, ['import', file, '--json'])) as { added: { id: number; title: string }[] };
    const id = (title: string): string => String(report.added.find((d) => d.title === title)?.id ?? 0);
    await cli(server, ['annotate', id(LOG_TITLE), '--quote', DEEP_PASSAGE, '--tag', 'timeline', '--note', 'Smoke seen before the alarm.']);
    await cli(server, ['annotate', id(MEMO_TITLE), '--quote', OUTER, '--tag', 'timeline', '--tag', 'fire']);
    await cli(server, ['annotate', id(MEMO_TITLE), '--quote', INNER, '--tag', 'rumour']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
