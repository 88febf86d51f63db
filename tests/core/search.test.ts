// Search end to end over a real SQLite file and real lunr: syntax, phrases, Cyrillic, filters,
// snippets, bad queries and the bound on vocabulary-wide wildcards.
import { describe, expect, it } from 'vitest';
import { addDocuments, doc, freshWorkbench } from '../support/workspace.js';
import type { Workbench } from '../../db/workbench.js';

type Corpus = { minsk: number; army: number; border: number; grain: number; late: number };

function corpus(workbench: Workbench): Corpus {
  const [minsk, army, border, grain, late] = addDocuments(workbench, [
    doc({
      title: 'Minsk will shield the Kremlin',
      body: 'The Belarusian army will not participate in the war, the president said on Monday.',
      source: 'Belarus Security Digest',
      date: '2022-03-06',
    }),
    doc({
      title: 'Армия Беларуси',
      body: 'Белорусская армия не будет участвовать в войне. Президент заявил об этом в понедельник.',
      source: 'БелТА',
      language: 'ru',
      date: '2022-03-01',
    }),
    doc({
      title: 'Border crossing closed',
      body: 'Officials closed the border crossing near the port after the fire. Said the president: no comment.',
      source: 'Meridian Press',
      date: '2026-03-12',
    }),
    doc({
      title: 'Grain exports',
      body: 'Grain exports resumed through the port of Odesa; government officials welcomed the deal.',
      source: 'Meridian Press',
      date: '2023-07-01',
    }),
    doc({ title: 'Quiet week', body: 'Nothing of note happened. The president said little.', source: 'Desk', date: '2026-04-01' }),
  ]);
  return { minsk: minsk!, army: army!, border: border!, grain: grain!, late: late! };
}

const ids = (result: { hits: { id: number }[] }): number[] => result.hits.map((h) => h.id).sort((a, b) => a - b);

describe('search', () => {
  it('stems English and Russian words in one index', async () => {
    const wb = freshWorkbench();
    const c = corpus(wb);
    expect(ids(await wb.search({ query: 'армии' }))).toEqual([c.army]);
    expect(ids(await wb.search({ query: 'армией' }))).toEqual([c.army]);
    expect(ids(await wb.search({ query: 'armies' }))).toEqual([c.minsk]);
    expect(ids(await wb.search({ query: 'войну' }))).toEqual([c.army]);
  });

  it('supports must, not, fields, wildcards, fuzzy and boosts', async () => {
    const wb = freshWorkbench();
    const c = corpus(wb);
    expect(ids(await wb.search({ query: '+president +border' }))).toEqual([c.border]);
    expect(ids(await wb.search({ query: 'president -border' })).sort()).toEqual([c.minsk, c.late].sort((a, b) => a - b));
    expect(ids(await wb.search({ query: 'title:grain' }))).toEqual([c.grain]);
    expect(ids(await wb.search({ query: 'export*' }))).toEqual([c.grain]);
    expect(ids(await wb.search({ query: 'goverment~1' }))).toEqual([c.grain]);
    const boosted = await wb.search({ query: 'port^5 president' });
    expect(boosted.hits[0]?.id).toBe(c.border);
  });

  it('confirms quoted phrases against the text, word order included', async () => {
    const wb = freshWorkbench();
    const c = corpus(wb);
    expect(ids(await wb.search({ query: '"the president said"' }))).toEqual([c.minsk, c.late]);
    expect(ids(await wb.search({ query: '"said the president"' }))).toEqual([c.border]);
    expect(ids(await wb.search({ query: 'president -"said the president"' }))).toEqual([c.minsk, c.late]);
    expect(ids(await wb.search({ query: 'title:"border crossing"' }))).toEqual([c.border]);
    const hit = (await wb.search({ query: '"border crossing"' })).hits[0]!;
    const snippet = hit.snippets[0]!;
    const [s, e] = snippet.highlights[0]!;
    expect(snippet.text.slice(s, e)).toBe('border crossing');
  });

  it('matches phrases from word positions, with proximity in any order and numbers kept whole', async () => {
    const wb = freshWorkbench();
    const [troops, apart, reversed] = addDocuments(wb, [
      doc({ title: 'Build-up', body: 'Satellite images show 30,000 Russian troops near the border with Ukraine.' }),
      doc({ title: 'Exercises', body: 'Russian officials said that about 30,000 of their troops took part.' }),
      doc({ title: 'Border', body: 'The troops of the border guard service were moved; border troops stayed.' }),
    ]);
    // "30,000" is one index term, as in the documents: the phrase finds it (it used to find nothing).
    expect(ids(await wb.search({ query: '"30,000 Russian troops"' }))).toEqual([troops]);
    expect(ids(await wb.search({ query: '"Russian troops"' }))).toEqual([troops]);
    // Proximity: at most N other words among them, in any order.
    expect(ids(await wb.search({ query: '"troops russian"~0' }))).toEqual([troops]);
    // "Russian officials said that about 30,000 of their troops": seven words between them.
    expect(ids(await wb.search({ query: '"russian troops"~6' }))).toEqual([troops]);
    expect(ids(await wb.search({ query: '"russian troops"~7' }))).toEqual([troops, apart].sort((a, b) => a! - b!));
    expect(ids(await wb.search({ query: '"troops border"~0' }))).toEqual([reversed]);
    expect(ids(await wb.search({ query: '"border troops"' }))).toEqual([reversed]);
    const marked = (await wb.search({ query: '"border troops"' })).hits[0]!.snippets.flatMap((sn) => sn.highlights.map(([a, b]) => sn.text.slice(a, b)));
    expect(marked).toContain('border troops');
    await expect(wb.search({ query: '"border troops"~' })).rejects.toThrow(/number of words/);
    await expect(wb.search({ query: '"border troops"~500' })).rejects.toThrow(/at most 50 words apart/);
  });

  it('finds a quoted tag name with a space, never a phrase running from one tag into the next', async () => {
    const wb = freshWorkbench();
    const [one, two] = addDocuments(wb, [
      doc({ title: 'One', body: 'The checkpoint at the gate was closed.' }),
      doc({ title: 'Two', body: 'Control of the gate passed to the army.' }),
    ]);
    await wb.createAnnotation({ documentId: one!, exact: 'checkpoint', tags: ['gate control'] });
    await wb.createAnnotation({ documentId: two!, exact: 'Control', tags: ['gate', 'control'] });
    expect(ids(await wb.search({ query: 'tag:"gate control"' }))).toEqual([one]);
    expect(ids(await wb.search({ query: 'tag:gate' }))).toEqual([one, two].sort((a, b) => a! - b!));
    await expect(wb.search({ query: 'colour:red' })).rejects.toThrow(/Unknown field "colour"/);
  });

  it('returns snippets whose highlight ranges mark the matched words', async () => {
    const wb = freshWorkbench();
    const c = corpus(wb);
    const result = await wb.search({ query: 'армии' });
    expect(result.total).toBe(1);
    const hit = result.hits[0]!;
    expect(hit).toMatchObject({ id: c.army, title: 'Армия Беларуси', source: 'БелТА', date: '2022-03-01' });
    expect(typeof hit.score).toBe('number');
    const marked = hit.snippets.flatMap((sn) => sn.highlights.map(([s, e]) => sn.text.slice(s, e)));
    expect(marked).toEqual(['армия']);
    expect(hit.snippets.length).toBeLessThanOrEqual(3);
  });

  it('applies filters beside the query', async () => {
    const wb = freshWorkbench();
    const c = corpus(wb);
    expect(ids(await wb.search({ query: 'port', filters: { source: 'meridian press' } }))).toEqual([c.border, c.grain]);
    expect(ids(await wb.search({ query: 'port', filters: { from: '2026-01-01' } }))).toEqual([c.border]);
    expect(ids(await wb.search({ query: 'president', filters: { to: '2022-12-31' } }))).toEqual([c.minsk]);
    expect(ids(await wb.search({ query: '', filters: { language: 'ru' } }))).toEqual([c.army]);
    await wb.createAnnotation({ documentId: c.grain!, exact: 'Grain exports resumed', tags: ['Economy'], note: 'Corroborated by shipping data' });
    expect(ids(await wb.search({ query: 'port', filters: { tag: 'economy' } }))).toEqual([c.grain]);
    expect(ids(await wb.search({ query: 'port', filters: { hasHighlights: true } }))).toEqual([c.grain]);
    expect(ids(await wb.search({ query: 'port', filters: { hasHighlights: false } }))).toEqual([c.border]);
    await expect(wb.search({ query: 'port', filters: { from: '12/03/2026' } })).rejects.toThrow(/YYYY-MM-DD/);
  });

  it('tells "has highlights" from "has notes": a note is written text, on a highlight or on the document', async () => {
    const wb = freshWorkbench();
    const c = corpus(wb);
    await wb.createAnnotation({ documentId: c.grain!, exact: 'Grain exports resumed' });
    expect(ids(await wb.search({ query: 'port', filters: { hasHighlights: true } }))).toEqual([c.grain]);
    expect(ids(await wb.search({ query: 'port', filters: { hasNotes: true } }))).toEqual([]);
    expect(ids(await wb.search({ query: 'port', filters: { hasNotes: false } }))).toEqual([c.border, c.grain]);
    await wb.updateDocument({ id: c.border!, note: 'Check the crossing times against the ministry.' });
    expect(ids(await wb.search({ query: 'port', filters: { hasNotes: true } }))).toEqual([c.border]);
    const [highlight] = await wb.listAnnotations({ documentId: c.grain! });
    await wb.updateAnnotation({ id: highlight!.id, note: 'Corroborated by shipping data' });
    expect(ids(await wb.search({ query: 'port', filters: { hasNotes: true } }))).toEqual([c.border, c.grain]);
    expect(ids(await wb.search({ query: 'port', filters: { hasNotes: true, hasHighlights: false } }))).toEqual([c.border]);
  });

  it('finds documents by their notes and tags, kept in step with every change', async () => {
    const wb = freshWorkbench();
    const c = corpus(wb);
    const a = await wb.createAnnotation({ documentId: c.late!, exact: 'Nothing of note happened', note: 'Possible deception campaign', tags: ['Deception'] });
    expect(ids(await wb.search({ query: 'deception' }))).toEqual([c.late]);
    expect(ids(await wb.search({ query: 'notes:campaign' }))).toEqual([c.late]);
    expect(ids(await wb.search({ query: 'tag:deception' }))).toEqual([c.late]);
    await wb.updateAnnotation({ id: a.id, note: 'Probably routine', tags: [] });
    expect(ids(await wb.search({ query: 'deception' }))).toEqual([]);
    expect(ids(await wb.search({ query: 'routine' }))).toEqual([c.late]);
    await wb.deleteAnnotation({ id: a.id });
    expect(ids(await wb.search({ query: 'routine' }))).toEqual([]);
    await wb.deleteDocument({ id: c.border! });
    expect(ids(await wb.search({ query: 'crossing' }))).toEqual([]);
  });

  it.each([
    ['title:', /field needs a word/],
    ['foo~', /"~" must be followed by a number/],
    ['^', /go right after a word/],
    ['+', /must be followed by a word/],
    ['nosuchfield:minsk', /Unknown field "nosuchfield"/],
    ['"unclosed phrase', /Unclosed quote/],
    ['*', /matches every word/],
    ['minsk~5', /at most 2 edits/],
    ['foo^abc', /"\^" must be followed by a number/],
  ])('refuses %j with a one-line message', async (query, message) => {
    const wb = freshWorkbench();
    corpus(wb);
    const error = await wb.search({ query }).then(
      () => null,
      (e: Error & { code?: string }) => e,
    );
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain('\n');
    expect(error?.code).toBe('bad-query');
  });

  it('an empty query lists documents, newest first', async () => {
    const wb = freshWorkbench();
    const c = corpus(wb);
    const result = await wb.search({ query: '  ' });
    expect(result.total).toBe(5);
    expect(result.hits[0]?.id).toBe(c.late);
  });

  it('pages results with limit and offset', async () => {
    const wb = freshWorkbench();
    corpus(wb);
    const all = await wb.search({ query: 'president' });
    const page = await wb.search({ query: 'president', limit: 1, offset: 1 });
    expect(page.total).toBe(all.total);
    expect(page.hits.map((h) => h.id)).toEqual([all.hits[1]?.id]);
    await expect(wb.search({ query: 'president', limit: 0 })).rejects.toThrow(/limit/);
  });
});
