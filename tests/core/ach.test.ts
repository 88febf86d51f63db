// Hypotheses and ratings in a real workspace: ordered, edited, moved and deleted with history; each
// highlight rated against each hypothesis with history; the matrix that getAch reads back — rows in
// document order with pages and grades, ranks, and the ranking without sources graded E or F.
import { describe, expect, it } from 'vitest';
import { addDocuments, doc, freshWorkbench } from '../support/workspace.js';

async function corpus() {
  const wb = freshWorkbench();
  const [wire, ministry] = addDocuments(wb, [
    doc({ title: 'Wire report', body: 'About 30,000 Russian troops are in Belarus for joint drills.', source: 'Wire', date: '2022-02-10' }),
    doc({
      title: 'Ministry statement',
      body: 'Page one says the drills end on 20 February.\n\nPage two says all units will return to their bases.',
      source: 'Ministry',
      pages: [
        { page: 1, start: 0 },
        { page: 2, start: 46 },
      ],
    }),
  ]) as [number, number];
  const troops = await wb.createAnnotation({ documentId: wire, exact: '30,000 Russian troops', reliability: 'B', credibility: 2 });
  const end = await wb.createAnnotation({ documentId: ministry, exact: 'the drills end on 20 February', reliability: 'E', credibility: 5 });
  const bases = await wb.createAnnotation({ documentId: ministry, exact: 'all units will return to their bases', reliability: 'E' });
  return { wb, troops, end, bases };
}

describe('hypotheses', () => {
  it('keeps the analyst order: added at the end or at a place, moved, closed up after a delete', async () => {
    const { wb } = await corpus();
    const join = await wb.createHypothesis({ statement: '  Belarus joins the war\n with its own troops ' });
    const stay = await wb.createHypothesis({ statement: 'Belarus stays out' });
    const host = await wb.createHypothesis({ statement: 'Belarus only hosts Russian forces', position: 0 });
    expect(join.statement).toBe('Belarus joins the war with its own troops');
    expect((await wb.listHypotheses({})).map((h) => [h.id, h.position])).toEqual([
      [host.id, 0],
      [join.id, 1],
      [stay.id, 2],
    ]);
    await wb.updateHypothesis({ id: stay.id, position: 0 });
    expect((await wb.listHypotheses({})).map((h) => h.id)).toEqual([stay.id, host.id, join.id]);
    await wb.deleteHypothesis({ id: host.id });
    expect((await wb.listHypotheses({})).map((h) => [h.id, h.position])).toEqual([
      [stay.id, 0],
      [join.id, 1],
    ]);
  });

  it('records every change in the history, kept after the hypothesis is deleted', async () => {
    const { wb } = await corpus();
    const h = await wb.createHypothesis({ statement: 'Belarus stays out' });
    await wb.createHypothesis({ statement: 'Belarus joins' });
    await wb.updateHypothesis({ id: h.id, note: 'Lukashenko has said so twice.' });
    await wb.updateHypothesis({ id: h.id, note: 'Lukashenko has said so twice.' }); // no change, no entry
    await wb.updateHypothesis({ id: h.id, position: 1 });
    await wb.deleteHypothesis({ id: h.id });
    const history = await wb.getHypothesisHistory({ id: h.id });
    expect(history.map((entry) => [entry.action, entry.snapshot.position, entry.snapshot.note])).toEqual([
      ['created', 0, ''],
      ['updated', 0, 'Lukashenko has said so twice.'],
      ['moved', 1, 'Lukashenko has said so twice.'],
      ['deleted', 1, 'Lukashenko has said so twice.'],
    ]);
    await expect(wb.updateHypothesis({ id: h.id, statement: 'x' })).rejects.toMatchObject({ code: 'not-found', subject: 'hypothesis' });
    await expect(wb.getHypothesisHistory({ id: 999 })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('keeps the question as one line', async () => {
    const { wb } = await corpus();
    expect((await wb.getAch({})).question).toBe('');
    await wb.setQuestion({ question: "Will Belarus join\nRussia's war?" });
    expect((await wb.getAch({})).question).toBe("Will Belarus join Russia's war?");
  });
});

describe('ratings', () => {
  it('rates, re-rates and clears, keeping relevance and reason unless changed, each change in the history', async () => {
    const { wb, troops } = await corpus();
    const h = await wb.createHypothesis({ statement: 'Belarus joins' });
    expect(await wb.rate({ annotationId: troops.id, hypothesisId: h.id, consistency: 'C', relevance: 'high', reason: 'Troops massed for it' })).toMatchObject({
      consistency: 'C',
      relevance: 'high',
      reason: 'Troops massed for it',
      rater: '',
    });
    expect(await wb.rate({ annotationId: troops.id, hypothesisId: h.id, consistency: 'CC' })).toMatchObject({
      consistency: 'CC',
      relevance: 'high',
      reason: 'Troops massed for it',
    });
    await wb.rate({ annotationId: troops.id, hypothesisId: h.id, consistency: 'CC' }); // the same: no entry
    expect(await wb.rate({ annotationId: troops.id, hypothesisId: h.id, consistency: null })).toBeNull();
    expect(await wb.listRatings({ annotationId: troops.id })).toEqual([]);
    const history = await wb.getRatingHistory({ id: troops.id });
    expect(history.map((entry) => [entry.before?.consistency ?? null, entry.after?.consistency ?? null])).toEqual([
      [null, 'C'],
      ['C', 'CC'],
      ['CC', null],
    ]);
  });

  it('refuses a rating of a passage or hypothesis that does not exist, and a reason of two lines', async () => {
    const { wb, troops } = await corpus();
    const h = await wb.createHypothesis({ statement: 'Belarus joins' });
    await expect(wb.rate({ annotationId: 'nope', hypothesisId: h.id, consistency: 'I' })).rejects.toMatchObject({ code: 'not-found', subject: 'annotation' });
    await expect(wb.rate({ annotationId: troops.id, hypothesisId: 99, consistency: 'I' })).rejects.toMatchObject({ code: 'not-found', subject: 'hypothesis' });
    await expect(wb.rate({ annotationId: troops.id, hypothesisId: h.id, consistency: 'I', reason: 'a\nb' })).rejects.toMatchObject({
      code: 'bad-input',
      message: 'reason: expected one line',
    });
  });

  it('go with their highlight and with their hypothesis', async () => {
    const { wb, troops, end } = await corpus();
    const h = await wb.createHypothesis({ statement: 'Belarus joins' });
    await wb.rate({ annotationId: troops.id, hypothesisId: h.id, consistency: 'C' });
    await wb.rate({ annotationId: end.id, hypothesisId: h.id, consistency: 'I' });
    await wb.deleteAnnotation({ id: troops.id });
    expect((await wb.listRatings({})).map((r) => r.annotationId)).toEqual([end.id]);
    expect(await wb.deleteHypothesis({ id: h.id })).toEqual({ id: h.id, ratingsDeleted: 1 });
    expect(await wb.listRatings({})).toEqual([]);
    expect((await wb.getRatingHistory({ id: end.id })).map((entry) => entry.after?.consistency ?? null)).toEqual(['I', null]);
  });
});

describe('getAch', () => {
  it('reads the matrix back: rows in document order with pages and grades, scores, ranks and the ranking without weak sources', async () => {
    const { wb, troops, end, bases } = await corpus();
    const join = await wb.createHypothesis({ statement: 'Belarus joins' });
    const stay = await wb.createHypothesis({ statement: 'Belarus stays out' });
    await wb.rate({ annotationId: troops.id, hypothesisId: join.id, consistency: 'C' });
    await wb.rate({ annotationId: troops.id, hypothesisId: stay.id, consistency: 'I', relevance: 'high' });
    await wb.rate({ annotationId: end.id, hypothesisId: join.id, consistency: 'I' });
    await wb.rate({ annotationId: bases.id, hypothesisId: join.id, consistency: 'II' });
    await wb.rate({ annotationId: bases.id, hypothesisId: stay.id, consistency: 'C' });

    const ach = await wb.getAch({});
    expect(ach.rows.map((row) => [row.annotationId, row.pages, row.reliability])).toEqual([
      [troops.id, null, 'B'],
      [end.id, 'p. 1', 'E'],
      [bases.id, 'p. 2', 'E'],
    ]);
    // join: end I (E/5: weight 1/√2) + bases II (E, ungraded credibility: weight (1/√2)^½) → plain 3.
    // stay: troops I, high relevance, B/2 (weight 2^¼): √2 × 2^¼ ≈ 1.682 → plain 1. stay leads.
    const [joinScore, stayScore] = ach.hypotheses;
    expect(joinScore?.inconsistency).toBe(3);
    expect(joinScore?.weightedInconsistency).toBeCloseTo(Math.SQRT1_2 + 2 * Math.sqrt(Math.SQRT1_2), 9);
    expect(stayScore?.weightedInconsistency).toBeCloseTo(Math.SQRT2 * 2 ** 0.25, 9);
    expect(ach.ranking).toEqual([stay.id, join.id]);
    expect(ach.hypotheses.map((h) => [h.id, h.rank, h.rated])).toEqual([
      [join.id, 2, 3],
      [stay.id, 1, 2],
    ]);
    expect(ach.rows.map((row) => row.diagnosticity)).toEqual(['medium', null, 'high']);
    expect(ach.rows[0]?.ratings[String(stay.id)]).toEqual({ consistency: 'I', relevance: 'high', reason: '' });
    // Without the two E passages only troops remains: join 0, stay 1.68 — the lead changes.
    expect(ach.withoutWeakSources).toEqual({ ranking: [join.id, stay.id], excluded: 2, changed: true });
    // Without bases, join scores 1/√2 and leads. Without end, join scores 2 × 2^-¼ = 2^¾, exactly stay's score:
    // the plain score (2 against 1) keeps stay first. Without troops, stay only gains. So only bases matters.
    expect(ach.sensitivity).toEqual([{ annotationId: bases.id, ranking: [join.id, stay.id], leaders: [join.id], leaderChanges: true }]);
  });

  it('opens the brief with the ACH section and exports the matrix as CSV', async () => {
    const { wb, troops } = await corpus();
    expect((await wb.exportAnnotations({ format: 'md' })).content).not.toContain('Analysis of competing hypotheses');
    await wb.setQuestion({ question: 'Will Belarus join?' });
    const join = await wb.createHypothesis({ statement: 'Belarus joins' });
    await wb.rate({ annotationId: troops.id, hypothesisId: join.id, consistency: 'CC' });
    const brief = (await wb.exportAnnotations({ format: 'md' })).content;
    expect(brief.indexOf('## Analysis of competing hypotheses')).toBeLessThan(brief.indexOf('## Untagged'));
    expect(brief).toContain('| “30,000 Russian troops” — *Wire report*, Wire, 10 February 2022 | B2 | this document | CC | — |');
    const csv = await wb.exportAnnotations({ format: 'ach-csv' });
    expect(csv.fileName).toMatch(/^assay-ach-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.content).toContain('30,000 Russian troops');
  });
});

describe('exchange of the analysis', () => {
  it('carries hypotheses, ratings and same-claim links to another workspace, where they arrive beside its own analyst’s, disagreements shown', async () => {
    const { wb, troops, end } = await corpus();
    await wb.setQuestion({ question: 'Will Belarus join?' });
    const join = await wb.createHypothesis({ statement: 'Belarus joins' });
    await wb.rate({ annotationId: troops.id, hypothesisId: join.id, consistency: 'C', relevance: 'high', reason: 'troops massed' });
    await wb.rate({ annotationId: end.id, hypothesisId: join.id, consistency: 'I' });
    const exported = (await wb.exportAnnotations({ format: 'json' })).content;
    const collection = JSON.parse(exported) as Record<string, unknown> & { first: { items: Record<string, unknown>[] } };
    expect(collection['assay:hypotheses']).toEqual([{ 'assay:statement': 'Belarus joins' }]);
    expect(collection.first.items.find((item) => item['id'] === `urn:uuid:${troops.id}`)?.['assay:ratings']).toEqual([
      { 'assay:hypothesis': 'Belarus joins', 'assay:consistency': 'C', 'assay:relevance': 'high', 'assay:reason': 'troops massed' },
    ]);

    // A second analyst with the same documents, the same hypothesis worded a little differently, and a view of their own.
    const { wb: second } = await corpus();
    const theirs = await second.createHypothesis({ statement: 'belarus  JOINS' });
    const report = await second.importAnnotations({ content: exported, rater: 'Olena' });
    expect(report).toMatchObject({ added: 3, hypothesesAdded: 0, ratingsAdded: 2 });
    expect((await second.getAch({})).question).toBe('Will Belarus join?');
    await second.rate({ annotationId: troops.id, hypothesisId: theirs.id, consistency: 'II' });
    await second.rate({ annotationId: end.id, hypothesisId: theirs.id, consistency: 'I' });
    const rows = (await second.getAch({})).rows;
    const troopsRow = rows.find((row) => row.annotationId === troops.id);
    expect(troopsRow?.others[String(theirs.id)]).toEqual([{ rater: 'Olena', consistency: 'C', relevance: 'high' }]);
    expect(troopsRow?.disagreements).toEqual([theirs.id]);
    expect(rows.find((row) => row.annotationId === end.id)?.disagreements).toEqual([]);
    // The score is the receiving analyst's own: Olena's ratings are shown, not counted.
    expect((await second.getAch({})).hypotheses[0]?.inconsistency).toBe(3);
    const brief = (await second.exportAnnotations({ format: 'md' })).content;
    expect(brief).toContain('II ≠ Olena C');
    // Importing again changes nothing.
    expect(await second.importAnnotations({ content: exported, rater: 'Olena' })).toMatchObject({ added: 0, alreadyPresent: 3, ratingsAdded: 0, hypothesesAdded: 0 });
  });

  it('adds the hypotheses it does not know and keeps same-claim links between highlights both present', async () => {
    const { wb, troops, end } = await corpus();
    const h = await wb.createHypothesis({ statement: 'Drills were a cover' });
    await wb.rate({ annotationId: troops.id, hypothesisId: h.id, consistency: 'CC' });
    await wb.confirmSameClaim({ annotationId: troops.id, documentId: end.documentId, start: 0, end: 8 });
    const exported = (await wb.exportAnnotations({ format: 'json' })).content;
    const { wb: second } = await corpus();
    const report = await second.importAnnotations({ content: exported });
    expect(report).toMatchObject({ hypothesesAdded: 1, ratingsAdded: 1, linksAdded: 1 });
    expect((await second.listHypotheses({})).map((x) => x.statement)).toEqual(['Drills were a cover']);
    expect((await second.listRatings({})).map((r) => r.rater)).toEqual(['Imported']);
    expect(await second.listSameClaims({ id: troops.id })).toHaveLength(1);
  });
});
