// Copies in the reader: a wire report and an outlet relaying its paragraph, imported by another
// process beside the open page; the relay's details say which document it copies, and the wire's
// how many later documents copy it.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './support/fixtures.js';

const run = promisify(execFile);

const WIRE =
  'Belarusian border guards closed the Brest crossing to freight traffic on Tuesday after a fire at the rail depot damaged two fuel tanks, the State Border Committee said in a statement. Lorries queued for more than twelve kilometres on the Polish side, and drivers were told the closure would last at least until Thursday morning.';

test('the reader says which earlier document a relay copies, and who copies the original', async ({ workbench, server }) => {
  const dir = await mkdtemp(join(tmpdir(), 'assay-e2e-copies-'));
  try {
    const file = join(dir, 'relays.json');
    await writeFile(
      file,
      JSON.stringify({
        documents: [
          { title: 'Queues at the border', source: 'Daily Courier', date: '2026-03-11', body: `Our reporter spent the night at Terespol.\n\n${WIRE}` },
          { title: 'Depot fire closes Brest crossing', source: 'Meridian Wire', date: '2026-03-10', body: WIRE },
        ],
      }),
    );
    await run(process.execPath, ['dist/cli/main.js', 'import', file, '--db', server.dbPath], { cwd: process.cwd(), env: { ...process.env, NO_COLOR: '1' } });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  await workbench.openDocument('Terespol', 'Queues at the border');
  await expect(workbench.reader.detail('Copied from')).toHaveText(/^Depot fire closes Brest crossing · Meridian Wire · /);
  await workbench.openDocument('Brest', 'Depot fire closes Brest crossing');
  await expect(workbench.reader.detail('Copied by')).toHaveText('1 later document from other sources');
  await expect(workbench.reader.detail('Copied from')).toHaveCount(0);
});
