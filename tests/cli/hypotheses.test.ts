// End to end through the real binary on the seed articles: the question, hypotheses added, moved and
// deleted, highlights rated by an ID prefix, `assay ach` in text and JSON, and clear refusals.
import { existsSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Ach, Annotation, Hypothesis, RelatedPassage } from '../../api/types.js';
import { buildCli, isOneLineError, json, workspace, type Workspace } from './helpers.js';

// The seed articles live beside the repository (../shared/corpus/seeds), not in it; without them this skips.
const SEEDS = new URL('../../../shared/corpus/seeds/', import.meta.url).pathname;
const seedsFound = existsSync(SEEDS);
const skipReason = `skipped: the seed articles are not at ${SEEDS}`;
if (!seedsFound) console.warn(`hypotheses CLI tests ${skipReason}`);

let ws: Workspace;

beforeAll(() => {
  buildCli();
});

afterEach(() => ws.cleanup());

function annotate(documentId: number, quote: string, grades: string[]): Annotation {
  const result = ws.run(['annotate', String(documentId), '--quote', quote, ...grades, '--json']);
  expect(result.code, result.stderr).toBe(0);
  return json<Annotation>(result);
}

function docId(titleStart: string): number {
  const docs = json<{ id: number; title: string }[]>(ws.run(['docs', '--json']));
  const found = docs.find((d) => d.title.startsWith(titleStart));
  if (!found) throw new Error(`no seed titled ${titleStart}…`);
  return found.id;
}

describe.skipIf(!seedsFound)(`assay hypothesis, rate and ach${seedsFound ? '' : ` — ${skipReason}`}`, () => {
  it('weighs three seed passages against three hypotheses', () => {
    ws = workspace();
    expect(ws.run(['import', SEEDS]).code).toBe(0);
    expect(ws.run(['question', "Will Belarus join Russia's war with its own troops?"]).stdout).toContain('Will Belarus join');
    const join = json<Hypothesis>(ws.run(['hypothesis', 'add', 'Belarus joins the war with its own troops', '--json']));
    const hosts = json<Hypothesis>(ws.run(['hypothesis', 'add', 'Belarus stays out but hosts Russian forces', '--json']));
    const out = json<Hypothesis>(ws.run(['hypothesis', 'add', 'Belarus stays out entirely', '--at', '1', '--json']));
    expect(json<Hypothesis[]>(ws.run(['hypothesis', 'list', '--json'])).map((h) => h.id)).toEqual([out.id, join.id, hosts.id]);
    expect(ws.run(['hypothesis', 'edit', String(out.id), '--at', '3']).stdout).toContain('place 3');

    const troops = annotate(docId('Participation of Belarus'), 'more than 30,000 Russian troops went to Belarus', ['--reliability', 'B', '--credibility', '2']);
    const notSoFar = annotate(docId('U.S. intelligence'), 'Belarus has not actively contributed any of its troops to the invasion so far', [
      '--reliability',
      'C',
      '--credibility',
      '3',
    ]);
    const rate = (annotation: Annotation, hypothesis: Hypothesis, ...rest: string[]): void => {
      const result = ws.run(['rate', annotation.id.slice(0, 8), String(hypothesis.id), ...rest]);
      expect(result.code, result.stderr).toBe(0);
    };
    rate(troops, join, '--as', 'C');
    rate(troops, hosts, '--as', 'cc', '--relevance', 'high', '--why', 'Hosting is what it did');
    rate(troops, out, '--as', 'II');
    rate(notSoFar, join, '--as', 'II', '--relevance', 'high');
    rate(notSoFar, hosts, '--as', 'C');
    rate(notSoFar, out, '--as', 'C');

    const ach = json<Ach>(ws.run(['ach', '--json']));
    // join: II, high relevance, C3 → 2 × √2 ≈ 2.83; out: II from B2 → 2 × 2^¼ ≈ 2.38; hosts: nothing against it.
    expect(ach.ranking).toEqual([hosts.id, out.id, join.id]);
    expect(ach.rows.find((row) => row.annotationId === troops.id)?.ratings[String(hosts.id)]).toEqual({
      consistency: 'CC',
      relevance: 'high',
      reason: 'Hosting is what it did',
    });
    const text = ws.run(['ach']).stdout;
    expect(text).toMatch(/^Question: Will Belarus join Russia's war with its own troops\?/);
    expect(text).toMatch(/RANK\s+ID\s+WEIGHTED\s+INCONSISTENCY\s+RATED\s+STATEMENT\n1\s+#\d+\s+0\.00\s+0\s+2\s+Belarus stays out but hosts Russian forces/);
    expect(text).toContain('Sensitivity:');

    // Echoes: another seed reports the 30,000 troops in other words; confirmed, it counts as a second report.
    const related = json<RelatedPassage[]>(ws.run(['related', troops.id.slice(0, 8), '--json']));
    expect(related[0]?.exact).toContain('Some 30,000 Russian troops extended their stay in Belarus');
    expect(ws.run(['related', troops.id.slice(0, 8)]).stdout).toMatch(/^1\. Why Belarus Supporting Russia/);
    expect(ws.run(['related', troops.id, '--confirm', '1']).stdout).toContain('Linked as the same claim');
    expect(json<Ach>(ws.run(['ach', '--json'])).rows.find((row) => row.annotationId === troops.id)).toMatchObject({ reports: 2, independentSources: 2 });

    expect(ws.run(['rate', troops.id, String(join.id), '--as', 'none']).stdout).toContain('Rating cleared.');
    const removed = ws.run(['hypothesis', 'rm', String(out.id)]);
    expect(removed.stdout).toContain('Deleted hypothesis');
    expect(removed.stdout).toContain('2 ratings');
    expect(json<Ach>(ws.run(['ach', '--json'])).hypotheses.map((h) => h.id)).toEqual([join.id, hosts.id]);
  });

  it('refuses a bad rating, an unknown highlight or hypothesis, each in one line', () => {
    ws = workspace();
    expect(ws.run(['import', SEEDS]).code).toBe(0);
    const h = json<Hypothesis>(ws.run(['hypothesis', 'add', 'Belarus joins', '--json']));
    const a = annotate(docId('Participation of Belarus'), 'more than 30,000 Russian troops went to Belarus', []);
    for (const [args, pattern] of [
      [['rate', a.id, String(h.id), '--as', 'X'], /--as takes CC \(very consistent\)/],
      [['rate', a.id, String(h.id)], /say how the passage bears on the hypothesis/],
      [['rate', 'zz', String(h.id), '--as', 'I'], /no highlight has an ID starting zz/],
      [['rate', a.id, '99', '--as', 'I'], /No hypothesis #99.*assay hypothesis list/],
      [['rate', a.id, String(h.id), '--as', 'I', '--relevance', 'huge'], /--relevance takes low, medium, high/],
      [['hypothesis', 'add', '  '], /statement must not be empty/],
      [['hypothesis', 'edit', String(h.id)], /say what to change/],
    ] as const) {
      const result = ws.run([...args]);
      expect(result.code, args.join(' ')).not.toBe(0);
      expect(isOneLineError(result.stderr), result.stderr).toBe(true);
      expect(result.stderr).toMatch(pattern);
    }
  });
});
