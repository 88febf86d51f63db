// Echoes: the passages elsewhere that report what a highlight reports, found through the index by
// the highlight's distinctive words; confirmed as the same claim (highlighted if need be) and linked;
// and how many documents and independent sources carry a claim.
import { describe, expect, it } from 'vitest';
import { addDocuments, doc, freshWorkbench } from '../support/workspace.js';

async function corpus() {
  const wb = freshWorkbench();
  const ids = addDocuments(wb, [
    doc({ title: 'ISW update', source: 'ISW', body: 'The previous winter, more than 30,000 Russian troops went to Belarus in what Moscow called a joint exercise.' }),
    doc({
      title: 'Wire story',
      source: 'Wire',
      body: 'Markets were calm. Some 30,000 Russian soldiers stayed on in Belarus after the drills, officials said. Grain prices rose.',
    }),
    doc({ title: 'Relay', source: 'wire', body: 'Officials said 30,000 Russian soldiers stayed in Belarus after the drills.' }),
    doc({ title: 'Parade', source: 'Gazette', body: 'Russian troops paraded in Moscow. Russian troops also marched in Kazan.' }),
    doc({ title: 'Harvest', source: 'Farm News', body: 'The harvest near Brest was poor this year, farmers said.' }),
    doc({ title: 'More troops', source: 'Daily', body: 'Russian troops were seen near the border. More Russian troops arrived later.' }),
  ]) as [number, number, number, number, number, number];
  const [isw, wire, relay] = ids;
  const claim = await wb.createAnnotation({ documentId: isw, exact: 'more than 30,000 Russian troops went to Belarus', reliability: 'B', credibility: 2 });
  return { wb, isw, wire, relay, claim };
}

describe('relatedPassages', () => {
  it('finds the sentences that report the same thing in other words, best first, each with what it shares', async () => {
    const { wb, wire, relay, claim } = await corpus();
    const related = await wb.relatedPassages({ annotationId: claim.id });
    expect(related.map((r) => r.documentId).sort()).toEqual([wire, relay].sort());
    const fromWire = related.find((r) => r.documentId === wire);
    expect(fromWire).toMatchObject({
      exact: 'Some 30,000 Russian soldiers stayed on in Belarus after the drills, officials said.',
      annotationId: null,
      sameClaim: false,
    });
    expect(fromWire?.shared).toEqual(expect.arrayContaining(['30,000', 'Belarus']));
    expect(fromWire?.score).toBeGreaterThan(0.35);
    // Sentences sharing only common words ("Russian troops") are not echoes of the claim.
    expect(related.every((r) => r.exact.includes('30,000'))).toBe(true);
  });

  it('refuses an unknown highlight and answers nothing for a passage without distinctive words', async () => {
    const { wb, isw } = await corpus();
    await expect(wb.relatedPassages({ annotationId: 'nope' })).rejects.toMatchObject({ code: 'not-found' });
    const bland = await wb.createAnnotation({ documentId: isw, exact: 'The previous winter' });
    expect(await wb.relatedPassages({ annotationId: bland.id })).toEqual([]);
  });
});

describe('same-claim links', () => {
  it('highlights a confirmed passage, links it, and shows the link in the related list and the claim list', async () => {
    const { wb, wire, claim } = await corpus();
    const [first] = (await wb.relatedPassages({ annotationId: claim.id })).filter((r) => r.documentId === wire);
    if (!first) return expect.fail('the wire story is related');
    const confirmed = await wb.confirmSameClaim({ annotationId: claim.id, documentId: wire, start: first.start, end: first.end });
    expect(confirmed.created).toBe(true);
    expect(confirmed.annotation.exact).toBe(first.exact);
    // Confirming again keeps the one highlight.
    const again = await wb.confirmSameClaim({ annotationId: claim.id, documentId: wire, start: first.start, end: first.end });
    expect(again).toMatchObject({ created: false, annotation: { id: confirmed.annotation.id } });
    const related = await wb.relatedPassages({ annotationId: claim.id });
    expect(related.find((r) => r.documentId === wire)).toMatchObject({ annotationId: confirmed.annotation.id, sameClaim: true });
    expect((await wb.listSameClaims({ id: confirmed.annotation.id })).map((c) => c.annotationId)).toEqual([claim.id]);
    await expect(wb.confirmSameClaim({ annotationId: claim.id, documentId: claim.documentId, start: 0, end: 4 })).rejects.toMatchObject({ code: 'conflict' });
    expect(await wb.unlinkSameClaim({ annotationId: confirmed.annotation.id, otherId: claim.id })).toEqual({ unlinked: true });
    expect(await wb.listSameClaims({ id: claim.id })).toEqual([]);
  });

  it('counts the documents of a claim and its independent sources: relays named alike count once', async () => {
    const { wb, wire, relay, claim } = await corpus();
    const hypothesis = await wb.createHypothesis({ statement: 'Russian forces stay in Belarus' });
    await wb.rate({ annotationId: claim.id, hypothesisId: hypothesis.id, consistency: 'CC' });
    for (const id of [wire, relay]) {
      const passage = (await wb.relatedPassages({ annotationId: claim.id })).find((r) => r.documentId === id);
      if (!passage) return expect.fail(`document ${id} is related`);
      await wb.confirmSameClaim({ annotationId: claim.id, documentId: id, start: passage.start, end: passage.end });
    }
    const row = (await wb.getAch({})).rows.find((r) => r.annotationId === claim.id);
    // ISW, Wire and "wire" (the relay, the same source): three documents, two independent sources.
    expect(row).toMatchObject({ reports: 3, independentSources: 2 });
  });
});
