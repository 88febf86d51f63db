// The brief's ACH section and the matrix CSV, rendered from a matrix built by hand: ranked
// hypotheses, every row citing its passage, diagnosticity, sensitivity, escaping of table cells.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Ach } from '../../api/types.js';
import { renderAchCsv } from '../../db/export/ach-csv.js';
import { renderAchSection } from '../../db/export/ach-markdown.js';

const hypothesis = (id: number, position: number, statement: string, weighted: number, inconsistency: number, rank: number, rated: number) => ({
  id,
  statement,
  note: '',
  position,
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  inconsistency,
  weightedInconsistency: weighted,
  rank,
  rated,
});

const ach: Ach = {
  question: 'Will Belarus join | the war?',
  hypotheses: [hypothesis(7, 0, 'Belarus joins', 2.83, 2, 2, 2), hypothesis(9, 1, 'Belarus hosts *only*', 0, 0, 1, 2)],
  ranking: [9, 7],
  rows: [
    {
      annotationId: 'a1',
      documentId: 1,
      exact: 'more than 30,000 Russian troops | went to Belarus',
      title: 'ISW update',
      source: 'ISW',
      date: '2022-12-01',
      pages: 'p. 2',
      reliability: 'B',
      credibility: 2,
      weight: 1.189,
      ratings: { '7': { consistency: 'C', relevance: 'medium', reason: '' }, '9': { consistency: 'CC', relevance: 'high', reason: 'hosting' } },
      diagnosticity: 'low',
      reports: 3,
      independentSources: 2,
      others: { '9': [{ rater: 'Olena', consistency: 'I', relevance: 'medium' }] },
      disagreements: [9],
    },
    {
      annotationId: 'a2',
      documentId: 2,
      exact: '=not yet',
      title: 'Wire',
      source: null,
      date: null,
      pages: null,
      reliability: null,
      credibility: null,
      weight: 1,
      ratings: { '7': { consistency: 'II', relevance: 'medium', reason: '' } },
      diagnosticity: null,
      reports: 1,
      independentSources: 1,
      others: {},
      disagreements: [],
    },
  ],
  sensitivity: [{ annotationId: 'a2', ranking: [7, 9], leaders: [7, 9], leaderChanges: true }],
  withoutWeakSources: { ranking: [9, 7], excluded: 0, changed: false },
};

describe('renderAchSection', () => {
  const section = renderAchSection(ach);

  it('ranks the hypotheses, labelled by their place, with both scores', () => {
    expect(section).toContain('**Question:** Will Belarus join \\| the war?');
    expect(section).toMatch(/\| 1 \| H2: Belarus hosts \\\*only\\\* \| 0\.00 \| 0 \| 2 \|\n\| 2 \| H1: Belarus joins \| 2\.83 \| 2 \| 2 \|/);
  });

  it('cites every row and shows ratings, grades and diagnosticity, escaping table pipes', () => {
    expect(section).toContain(
      '| “more than 30,000 Russian troops \\| went to Belarus” — *ISW update*, ISW, 1 December 2022, p. 2 | B2 | 3 documents, 2 independent sources | C | CC (high) ≠ Olena I | low |',
    );
    expect(section).toContain('| “=not yet” — *Wire* | — | this document | II | · | — |');
  });

  it('says who would lead without each sensitive passage, and what the E/F check found', () => {
    expect(section).toContain('- “=not yet” (*Wire*): without it H1 and H2 would tie for the lead.');
    expect(section).toContain('No passage comes from a source graded E or F.');
  });

  it('writes dates as people do, in the zone asked for, and never doubles a passage’s own quote marks', () => {
    const row = ach.rows[0]!;
    const quotedRow = { ...row, exact: '“more than 30,000 troops”', date: '2022-12-01T22:30:00Z' };
    const kyiv = renderAchSection({ ...ach, rows: [quotedRow, ...ach.rows.slice(1)] }, 'Europe/Kyiv');
    expect(kyiv).toContain('| “more than 30,000 troops” — *ISW update*, ISW, 2 December 2022, 00:30 EET, p. 2 |');
    expect(kyiv).not.toContain('““');
  });

  it('is empty without hypotheses', () => {
    expect(renderAchSection({ ...ach, hypotheses: [], ranking: [], rows: [], sensitivity: [] })).toBe('');
  });
});

describe('renderAchCsv', () => {
  it('has a column per hypothesis, a row per passage, then the scores; formulas defused', () => {
    const csv = renderAchCsv(ach);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows[0]).toEqual([
      'Quote',
      'Document title',
      'Source',
      'Date',
      'Pages',
      'Reliability',
      'Credibility',
      'Weight',
      'H1: Belarus joins',
      'H2: Belarus hosts *only*',
      'Diagnosticity',
      'Reported by (documents)',
      'Independent sources',
      'Annotation ID',
    ]);
    expect(rows[1]).toEqual([
      'more than 30,000 Russian troops | went to Belarus',
      'ISW update',
      'ISW',
      '2022-12-01',
      'p. 2',
      'B',
      '2',
      '1.189',
      'C',
      'CC (high)',
      'low',
      '3',
      '2',
      'a1',
    ]);
    expect(rows[2]?.[0]).toBe("'=not yet");
    expect(rows.slice(3).map((row) => [row[0], row[8], row[9]])).toEqual([
      ['Weighted inconsistency', '2.830', '0.000'],
      ['Inconsistency', '2', '0'],
      ['Rank', '2', '1'],
    ]);
  });
});
