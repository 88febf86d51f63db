// The details an analyst controls on a document: corrected one at a time or many at once, each
// change in the document's history, document tags and the document note searchable and filterable.
import { describe, expect, it } from 'vitest';
import { addDocuments, doc, freshWorkbench } from '../support/workspace.js';

function corpus() {
  const wb = freshWorkbench();
  const [statement, report, other] = addDocuments(wb, [
    doc({ title: 'Ministry statement', body: 'The ministry denied any troop movement.', origin: '/case/reports/ministry/statement.txt' }),
    doc({ title: 'Ministry report', body: 'Columns of vehicles were seen near Brest.', origin: '/case/reports/ministry/report.txt' }),
    doc({ title: 'Wire story', body: 'A wire agency relayed the claim.', origin: '/case/wires/story.txt' }),
  ]) as [number, number, number];
  return { wb, statement, report, other };
}

describe('document details', () => {
  it('corrects details, clears one with null, and keeps every change in the history', async () => {
    const { wb, statement } = corpus();
    const updated = await wb.updateDocument({ id: statement, title: '  Statement of the   Ministry ', source: 'Ministry of Defence', date: '2026-03-12T21:30+02:00' });
    expect(updated).toMatchObject({ title: 'Statement of the Ministry', source: 'Ministry of Defence', date: '2026-03-12T21:30+02:00' });
    await wb.updateDocument({ id: statement, source: null, language: 'uk' });
    await wb.updateDocument({ id: statement, source: null });
    const history = await wb.getDocumentHistory({ id: statement });
    expect(history.map((entry) => entry.changes)).toEqual([
      {
        title: { before: 'Ministry statement', after: 'Statement of the Ministry' },
        source: { before: null, after: 'Ministry of Defence' },
        date: { before: null, after: '2026-03-12T21:30+02:00' },
      },
      { source: { before: 'Ministry of Defence', after: null }, language: { before: 'en', after: 'uk' } },
    ]);
  });

  it('refuses a date that is not one, or a time without its zone', async () => {
    const { wb, statement } = corpus();
    await expect(wb.updateDocument({ id: statement, date: '2026-02-30' })).rejects.toMatchObject({ code: 'bad-input', message: expect.stringMatching(/^date: /) });
    await expect(wb.updateDocument({ id: statement, date: '2026-03-12T21:30' })).rejects.toMatchObject({ code: 'bad-input' });
    await expect(wb.updateDocument({ id: 999, source: 'x' })).rejects.toMatchObject({ code: 'not-found', subject: 'document' });
  });

  it('sets a source on every document whose origin matches a pattern, in one change each', async () => {
    const { wb, statement, report, other } = corpus();
    expect(await wb.updateDocuments({ origin: 'reports/ministry/*', set: { source: 'Ministry of Defence' }, addTags: ['official'] })).toEqual({ updated: 2 });
    expect((await wb.getDocument({ id: statement })).source).toBe('Ministry of Defence');
    expect((await wb.getDocument({ id: report })).tags).toEqual(['official']);
    expect((await wb.getDocument({ id: other })).source).toBeNull();
    // Setting the same again changes nothing, and says so.
    expect(await wb.updateDocuments({ ids: [statement, report], set: { source: 'Ministry of Defence' } })).toEqual({ updated: 0 });
    expect(await wb.updateDocuments({ ids: [statement], removeTags: ['official', 'never-existed'] })).toEqual({ updated: 1 });
    expect((await wb.getDocumentHistory({ id: statement })).map((entry) => Object.keys(entry.changes))).toEqual([['source', 'tags'], ['tags']]);
  });

  it('makes document tags and the document note searchable, and document tags a filter', async () => {
    const { wb, statement, report } = corpus();
    await wb.updateDocument({ id: statement, tags: ['Denial'], note: 'Contradicted by satellite imagery.' });
    await wb.updateDocument({ id: report, tags: ['sighting'] });
    expect((await wb.search({ query: 'doctag:denial' })).hits.map((hit) => hit.id)).toEqual([statement]);
    expect((await wb.search({ query: 'satellite' })).hits.map((hit) => hit.id)).toEqual([statement]);
    expect((await wb.search({ query: '', filters: { docTag: 'sighting' } })).hits.map((hit) => hit.id)).toEqual([report]);
    expect((await wb.listDocuments({})).find((d) => d.id === statement)?.tags).toEqual(['Denial']);
    // Document tags share the tag list with highlights.
    expect((await wb.listTags({})).map((tag) => tag.name).sort()).toEqual(['Denial', 'sighting']);
  });

  it('exports the document tags and note with every highlight of the document, in each format', async () => {
    const { wb, statement } = corpus();
    await wb.updateDocument({ id: statement, tags: ['Denial'], note: 'Contradicted by **satellite imagery**.' });
    await wb.createAnnotation({ documentId: statement, start: 4, end: 12, tags: ['claims'] });
    const markdown = (await wb.exportAnnotations({ format: 'md' })).content;
    expect(markdown).toMatch(/## Sources\n\n- \*Ministry statement\* {2}\n {2}Document tags: Denial\n\n {2}Contradicted by \*\*satellite imagery\*\*\.\n$/);
    const csv = (await wb.exportAnnotations({ format: 'csv' })).content;
    expect(csv).toMatch(/,Denial,Contradicted by \*\*satellite imagery\*\*\.\r\n$/);
    const json = JSON.parse((await wb.exportAnnotations({ format: 'json' })).content) as {
      first: { items: { target: { 'assay:document': Record<string, unknown> } }[] };
    };
    expect(json.first.items[0]?.target['assay:document']).toMatchObject({ 'assay:tags': ['Denial'], 'assay:note': 'Contradicted by **satellite imagery**.' });
  });
});
