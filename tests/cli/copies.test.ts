// `assay copies` end to end through the real binary: a wire report and two outlets relaying it
// (one verbatim, one lightly edited) imported in one go, in the wrong order; the copies are found
// at import and attributed to the wire, in text and JSON; an unknown document is refused in one line.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Copy } from '../../api/types.js';
import { buildCli, isOneLineError, json, workspace, type Workspace } from './helpers.js';

let ws: Workspace;

beforeAll(() => {
  buildCli();
});

afterEach(() => ws.cleanup());

const WIRE =
  'Belarusian border guards closed the Brest crossing to freight traffic on Tuesday after a fire at the rail depot damaged two fuel tanks, the State Border Committee said in a statement. Lorries queued for more than twelve kilometres on the Polish side, and drivers were told the closure would last at least until Thursday morning.';

const DOCUMENTS = [
  {
    title: 'Border chaos',
    source: 'Evening Post',
    date: '2026-03-12',
    body: `Drivers slept in their cabs.\n\n${WIRE.replace('Tuesday', 'tuesday').replace('fuel', 'diesel')}`,
  },
  { title: 'Depot fire closes Brest crossing', source: 'Meridian Wire', date: '2026-03-10', body: WIRE },
  { title: 'Queues at the border', source: 'Daily Courier', date: '2026-03-11', body: `Our reporter spent the night at Terespol.\n\n${WIRE}` },
  { title: 'Harvest', source: 'Farm News', date: '2026-03-11', body: 'The harvest near Brest was poor this year, farmers said, and grain prices rose in the spring.' },
];

describe('assay copies', () => {
  it('lists the copies found at import, each attributed to the earliest document', () => {
    ws = workspace();
    const file = join(ws.dir, 'relays.json');
    writeFileSync(file, JSON.stringify({ documents: DOCUMENTS }));
    const imported = ws.run(['import', file]);
    expect(imported.code, imported.stderr).toBe(0);

    const all = json<Copy[]>(ws.run(['copies', '--json']));
    const wire = all[0]?.origin.documentId;
    expect(all.map((c) => c.origin.title)).toEqual(['Depot fire closes Brest crossing', 'Depot fire closes Brest crossing', 'Queues at the border']);
    expect(all.map((c) => c.copy.title)).toEqual(['Queues at the border', 'Border chaos', 'Border chaos']);
    expect(all[1]?.similarity).toBeLessThan(1);

    const text = ws.run(['copies', String(wire)]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('copies Depot fire closes Brest crossing · Meridian Wire · 2026-03-10');
    expect(text.stdout).toContain('verbatim');

    const harvest = ws.run(['copies', '4']);
    expect(harvest.stdout).toContain('No passage of #4 is copied');
    const unknown = ws.run(['copies', '99']);
    expect(unknown.code).toBe(1);
    expect(isOneLineError(unknown.stderr)).toBe(true);
  });
});
