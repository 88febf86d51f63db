// Annotations over a real workspace: anchoring by quote and by offsets, validation of every
// assessment vocabulary, updates, deletion and the append-only history.
import { describe, expect, it } from 'vitest';
import { addDocuments, doc, freshWorkbench } from '../support/workspace.js';

const BODY =
  'Officials said the crossing closed at 06:00. Residents said the crossing closed at 23:30 the night before. ' + 'The ministry denied that the crossing closed early.';

describe('annotations', () => {
  it('anchors a quote with offsets, prefix and suffix (W3C selectors)', async () => {
    const wb = freshWorkbench();
    const [id] = addDocuments(wb, [doc({ title: 'Crossing', body: BODY })]);
    const a = await wb.createAnnotation({
      documentId: id!,
      exact: 'the crossing closed',
      occurrence: 2,
      note: 'Contradicts *official* time',
      tags: ['Timeline', 'border'],
    });
    expect(a.start).toBe(BODY.indexOf('the crossing closed', BODY.indexOf('Residents')));
    expect(a.end - a.start).toBe('the crossing closed'.length);
    expect(a.exact).toBe('the crossing closed');
    expect(a.prefix).toBe(BODY.slice(a.start - 32, a.start));
    expect(a.suffix).toBe(BODY.slice(a.end, a.end + 32));
    expect(a.tags).toEqual(['border', 'Timeline']);
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('anchors by offsets, trims white space, and refuses a quote that does not match', async () => {
    const wb = freshWorkbench();
    const [id] = addDocuments(wb, [doc({ title: 'Crossing', body: BODY })]);
    // " said the " — the white space around the selection is not part of the passage.
    const a = await wb.createAnnotation({ documentId: id!, start: 9, end: 19 });
    expect([a.exact, a.start, a.end]).toEqual(['said the', 10, 18]);
    const at = BODY.indexOf('Residents');
    const b = await wb.createAnnotation({ documentId: id!, start: at - 1, end: at + 'Residents'.length + 1 });
    expect(b.exact).toBe('Residents');
    await expect(wb.createAnnotation({ documentId: id!, start: 0, end: 9, exact: 'Something' })).rejects.toThrow(/does not match/);
    await expect(wb.createAnnotation({ documentId: id!, start: 5, end: 5000 })).rejects.toThrow(/length/);
    await expect(wb.createAnnotation({ documentId: id!, exact: 'not in the text' })).rejects.toThrow(/does not occur/);
    await expect(wb.createAnnotation({ documentId: id!, exact: 'the crossing closed', occurrence: 4 })).rejects.toThrow(/3 time/);
    await expect(wb.createAnnotation({ documentId: 999, exact: 'x' })).rejects.toThrow(/No document #999/);
  });

  it('validates assessments against their vocabularies', async () => {
    const wb = freshWorkbench();
    const [id] = addDocuments(wb, [doc({ title: 'Crossing', body: BODY })]);
    const ok = await wb.createAnnotation({
      documentId: id!,
      exact: 'Officials',
      reliability: 'B',
      credibility: 2,
      probability: 'roughly-even-chance',
      confidence: 'moderate',
    });
    expect(ok).toMatchObject({ reliability: 'B', credibility: 2, probability: 'roughly-even-chance', confidence: 'moderate' });
    const bad: Record<string, unknown>[] = [
      { reliability: 'G' },
      { reliability: 'b' },
      { credibility: 7 },
      { credibility: '2' },
      { probability: 'probable' },
      { confidence: 'certain' },
    ];
    for (const assessment of bad) {
      await expect(wb.createAnnotation({ documentId: id!, exact: 'Officials', ...assessment })).rejects.toMatchObject({ code: 'bad-input' });
    }
  });

  it('updates, clears and deletes, keeping an append-only history', async () => {
    const wb = freshWorkbench();
    const [id] = addDocuments(wb, [doc({ title: 'Crossing', body: BODY })]);
    const a = await wb.createAnnotation({ documentId: id!, exact: 'Residents', reliability: 'C', tags: ['eyewitness'] });
    const b = await wb.updateAnnotation({ id: a.id, reliability: 'B', note: 'Two residents agree', tags: ['eyewitness', 'timeline'] });
    expect(b).toMatchObject({ reliability: 'B', note: 'Two residents agree', tags: ['eyewitness', 'timeline'] });
    const c = await wb.updateAnnotation({ id: a.id, reliability: null });
    expect(c.reliability).toBeNull();
    expect(c.note).toBe('Two residents agree');
    await wb.deleteAnnotation({ id: a.id });
    const history = await wb.getAnnotationHistory({ id: a.id });
    expect(history.map((h) => h.action)).toEqual(['created', 'updated', 'updated', 'deleted']);
    expect(history.map((h) => h.snapshot.reliability)).toEqual(['C', 'B', null, null]);
    expect(() => wb.db.prepare('DELETE FROM annotation_history').run()).toThrow(/append-only/);
    expect(() => wb.db.prepare("UPDATE annotation_history SET action = 'x'").run()).toThrow(/append-only/);
    await expect(wb.getAnnotationHistory({ id: 'nope' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('lists and filters by document, tag and assessment', async () => {
    const wb = freshWorkbench();
    const [d1, d2] = addDocuments(wb, [doc({ title: 'One', body: BODY }), doc({ title: 'Two', body: 'Another text about the port fire.' })]);
    await wb.createAnnotation({ documentId: d1!, exact: 'Officials', tags: ['Official'], reliability: 'B' });
    await wb.createAnnotation({ documentId: d1!, exact: 'Residents', tags: ['eyewitness'], reliability: 'C' });
    await wb.createAnnotation({ documentId: d2!, exact: 'port fire', tags: ['official'], confidence: 'low' });
    expect((await wb.listAnnotations({ documentId: d1! })).map((a) => a.exact)).toEqual(['Officials', 'Residents']);
    expect((await wb.listAnnotations({ tag: 'OFFICIAL' })).map((a) => a.exact)).toEqual(['Officials', 'port fire']);
    expect((await wb.listAnnotations({ reliability: 'C' })).map((a) => a.exact)).toEqual(['Residents']);
    expect((await wb.listAnnotations({ confidence: 'low', tag: 'official' })).map((a) => a.exact)).toEqual(['port fire']);
    const removed = await wb.deleteDocument({ id: d1! });
    expect(removed).toMatchObject({ id: d1, annotationsDeleted: 2 });
    expect(await wb.listAnnotations({})).toHaveLength(1);
  });
});
