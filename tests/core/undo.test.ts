// Undo in the core, on a real workspace file: each undoable action taken back (rows, history, and
// search finding the text again), refusals that name the change to undo first, restoring a highlight
// to an earlier version, and undo surviving a reopened workspace.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectCopies } from '../../db/copies/detect-copies.js';
import { openWorkbench } from '../../db/workbench.js';
import { addDocuments, doc, freshWorkbench, tempDir } from '../support/workspace.js';

const BRIDGE = doc({
  title: 'Bridge at Kherson damaged',
  body: 'The Antonivskyi bridge was struck again overnight, officials said. Lorries were turned back at the checkpoint.',
});
const HARVEST = doc({ title: 'Grain harvest forecast raised', body: 'Farmers expect a record grain harvest this year, the ministry said.' });

async function setUp() {
  const wb = freshWorkbench();
  const [bridge, harvest] = addDocuments(wb, [BRIDGE, HARVEST]) as [number, number];
  const note = await wb.createAnnotation({
    documentId: bridge,
    exact: 'Lorries were turned back',
    note: 'contradicts the zephyrine closure',
    tags: ['timeline', 'border'],
    reliability: 'B',
  });
  return { wb, bridge, harvest, note };
}

const hits = async (wb: ReturnType<typeof freshWorkbench>, query: string): Promise<number[]> => (await wb.search({ query })).hits.map((hit) => hit.id);

describe('undo', () => {
  it('gives back a deleted highlight with its tags, ratings and history, and search finds its note again', async () => {
    const { wb, bridge, harvest, note } = await setUp();
    const hypothesis = await wb.createHypothesis({ statement: 'The border was closed' });
    await wb.rate({ annotationId: note.id, hypothesisId: hypothesis.id, consistency: 'I' });
    const other = await wb.createAnnotation({ documentId: harvest, exact: 'record grain harvest' });
    await wb.confirmSameClaim({ annotationId: note.id, documentId: harvest, start: other.start, end: other.end });
    expect(await hits(wb, 'zephyrine')).toEqual([bridge]);

    const deleted = await wb.deleteAnnotation({ id: note.id });
    expect(await hits(wb, 'zephyrine')).toEqual([]);
    expect((await wb.listChanges({}))[0]).toMatchObject({
      id: deleted.changeId,
      kind: 'delete-annotation',
      label: 'Delete highlight “Lorries were turned back”',
      undoneAt: null,
    });

    const undone = await wb.undoChange({ changeId: deleted.changeId });
    expect(undone.undoneAt).not.toBeNull();
    expect(await wb.listAnnotations({ documentId: bridge })).toEqual([expect.objectContaining({ id: note.id, tags: ['border', 'timeline'], reliability: 'B' })]);
    expect(await wb.listRatings({ annotationId: note.id })).toEqual([expect.objectContaining({ consistency: 'I' })]);
    expect((await wb.listSameClaims({ id: note.id })).map((claim) => claim.annotationId)).toEqual([other.id]);
    expect((await wb.getAnnotationHistory({ id: note.id })).map((entry) => entry.action)).toEqual(['created', 'deleted', 'restored']);
    expect((await wb.getRatingHistory({ id: note.id })).map((entry) => [entry.before?.consistency ?? null, entry.after?.consistency ?? null])).toEqual([
      [null, 'I'],
      [null, 'I'],
    ]);
    expect(await hits(wb, 'zephyrine')).toEqual([bridge]);
    expect(await wb.listChanges({})).toEqual([]);
    await expect(wb.undoChange({ changeId: deleted.changeId })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('it was already undone') });
  });

  it('gives back a deleted document with its body, details, tags, highlights and index entry', async () => {
    const { wb, bridge, note } = await setUp();
    await wb.updateDocument({ id: bridge, source: 'Field office', tags: ['kherson'], note: 'byline missing' });
    const before = await wb.getDocument({ id: bridge });
    const removed = await wb.deleteDocument({ id: bridge });
    expect(await hits(wb, 'Antonivskyi')).toEqual([]);
    expect((await wb.listChanges({}))[0]?.label).toBe('Delete document “Bridge at Kherson damaged”');

    await wb.undoChange({ changeId: removed.changeId });
    expect(await wb.getDocument({ id: bridge })).toEqual(before);
    expect((await wb.listAnnotations({ documentId: bridge })).map((a) => a.id)).toEqual([note.id]);
    expect(await hits(wb, 'Antonivskyi')).toEqual([bridge]);
    expect(await hits(wb, 'zephyrine')).toEqual([bridge]);
    expect(await hits(wb, 'doctags:kherson')).toEqual([bridge]);
    expect(await hits(wb, 'source:field')).toEqual([bridge]);
    expect((await wb.getDocumentHistory({ id: bridge })).at(-1)?.changes).toEqual({ document: { before: 'removed', after: 'restored' } });
    expect((await wb.getWorkspaceInfo({})).index.pending).toBe(0);
  });

  it('gives back a deleted document’s copies and their fingerprints', async () => {
    const wb = freshWorkbench();
    const wire =
      'Belarusian border guards closed the Brest crossing to freight traffic on Tuesday after a fire at the rail depot damaged two fuel tanks, the State Border Committee said in a statement. Lorries queued for more than twelve kilometres on the Polish side, and drivers were told the closure would last at least until Thursday morning.';
    const ids = addDocuments(wb, [
      doc({ title: 'Depot fire', source: 'Meridian Wire', date: '2026-03-10', body: wire }),
      doc({ title: 'Queues at the border', source: 'Daily Courier', date: '2026-03-11', body: `Our reporter spent the night with stranded drivers.\n\n${wire}` }),
    ]) as [number, number];
    await detectCopies(wb.db, ids);
    const copies = await wb.listCopies({ documentId: ids[1] });
    expect(copies).toHaveLength(1);
    const fingerprints = (): number => wb.db.prepare('SELECT count(*) FROM copy_fingerprint').pluck().get() as number;
    const printed = fingerprints();
    const removed = await wb.deleteDocument({ id: ids[0] });
    expect(await wb.listCopies({ documentId: ids[1] })).toEqual([]);
    await wb.undoChange({ changeId: removed.changeId });
    expect(await wb.listCopies({ documentId: ids[1] })).toEqual(copies);
    expect(fingerprints()).toBe(printed);
  });

  it('gives back many deleted documents as one change', async () => {
    const { wb, bridge, harvest } = await setUp();
    const removed = await wb.deleteDocuments({ ids: [bridge, harvest] });
    expect((await wb.listChanges({}))[0]?.label).toBe('Delete 2 documents');
    await wb.undoChange({ changeId: removed.changeId });
    expect((await wb.listDocuments({})).map((d) => d.id).sort()).toEqual([bridge, harvest].sort());
    expect(await hits(wb, 'harvest')).toEqual([harvest]);
  });

  it('gives back a deleted tag on every highlight that carried it', async () => {
    const { wb, bridge, note } = await setUp();
    const timeline = (await wb.listTags({})).find((tag) => tag.name === 'timeline');
    if (!timeline) throw new Error('the highlight made the tag');
    await wb.recolorTag({ id: timeline.id, color: '#123456' });
    const deleted = await wb.deleteTag({ id: timeline.id });
    expect(await hits(wb, 'tag:timeline')).toEqual([]);
    await wb.undoChange({ changeId: deleted.changeId });
    expect((await wb.listTags({})).find((tag) => tag.name === 'timeline')).toEqual({ ...timeline, color: '#123456' });
    expect((await wb.listAnnotations({ documentId: bridge }))[0]?.tags).toEqual(['border', 'timeline']);
    expect((await wb.getAnnotationHistory({ id: note.id })).map((entry) => entry.action)).toEqual(['created', 'tag-deleted', 'restored']);
    expect(await hits(wb, 'tag:timeline')).toEqual([bridge]);
  });

  it('takes a merge apart again', async () => {
    const { wb, bridge, harvest } = await setUp();
    const both = await wb.createAnnotation({ documentId: harvest, exact: 'record grain harvest', tags: ['timeline', 'border'] });
    const tags = await wb.listTags({});
    const timeline = tags.find((tag) => tag.name === 'timeline');
    const border = tags.find((tag) => tag.name === 'border');
    if (!timeline || !border) throw new Error('the highlights made the tags');
    const merged = await wb.mergeTags({ sourceId: timeline.id, targetId: border.id });
    expect((await wb.listChanges({}))[0]?.label).toBe('Merge tag “timeline” into “border”');
    expect((await wb.listTags({})).map((tag) => tag.name)).toEqual(['border']);
    await wb.undoChange({ changeId: merged.changeId });
    expect(await wb.listTags({})).toEqual(tags);
    expect((await wb.listAnnotations({})).map((a) => [a.id === both.id ? 'harvest' : 'bridge', a.tags])).toEqual([
      ['bridge', ['border', 'timeline']],
      ['harvest', ['border', 'timeline']],
    ]);
    expect(await hits(wb, 'tag:timeline')).toEqual(expect.arrayContaining([bridge, harvest]));
  });

  it('takes back a highlight edit, and restores an earlier version from the history (itself undoable)', async () => {
    const { wb, bridge, note } = await setUp();
    const edited = await wb.updateAnnotation({ id: note.id, note: 'quasar checkpoint', tags: ['logistics'], reliability: null, confidence: 'high' });
    expect(await hits(wb, 'zephyrine')).toEqual([]);
    await wb.undoChange({ changeId: edited.changeId });
    const back = (await wb.listAnnotations({ documentId: bridge }))[0];
    expect(back).toMatchObject({ note: 'contradicts the zephyrine closure', tags: ['border', 'timeline'], reliability: 'B', confidence: null });
    expect(await hits(wb, 'zephyrine')).toEqual([bridge]);
    expect(await hits(wb, 'quasar')).toEqual([]);

    const again = await wb.updateAnnotation({ id: note.id, note: 'quasar checkpoint' });
    const history = await wb.getAnnotationHistory({ id: note.id });
    const first = history[0];
    if (!first) throw new Error('a highlight has a history');
    const restored = await wb.restoreAnnotationVersion({ id: note.id, version: first.version });
    expect(restored).toMatchObject({ note: 'contradicts the zephyrine closure', tags: ['border', 'timeline'] });
    expect((await wb.getAnnotationHistory({ id: note.id })).at(-1)?.action).toBe('restored');
    expect((await wb.listChanges({})).map((change) => change.id)).toEqual([restored.changeId, again.changeId]);
    await wb.undoChange({ changeId: restored.changeId });
    expect((await wb.listAnnotations({ documentId: bridge }))[0]?.note).toBe('quasar checkpoint');
  });

  it('restores a deleted highlight from its history at the same place and id', async () => {
    const { wb, bridge, note } = await setUp();
    await wb.deleteAnnotation({ id: note.id });
    const [created] = await wb.getAnnotationHistory({ id: note.id });
    if (!created) throw new Error('a highlight has a history');
    await wb.restoreAnnotationVersion({ id: note.id, version: created.version });
    expect(await wb.listAnnotations({ documentId: bridge })).toEqual([expect.objectContaining({ id: note.id, start: note.start, end: note.end })]);
    expect(await hits(wb, 'zephyrine')).toEqual([bridge]);
  });

  it('refuses to undo a change that a later change touched, naming the one to undo first', async () => {
    const { wb, note } = await setUp();
    const first = await wb.updateAnnotation({ id: note.id, note: 'first' });
    const second = await wb.updateAnnotation({ id: note.id, note: 'second' });
    await expect(wb.undoChange({ changeId: first.changeId })).rejects.toMatchObject({
      code: 'conflict',
      message: `“Edit highlight “Lorries were turned back”” cannot be undone: “Edit highlight “Lorries were turned back”” (change #${second.changeId}) changed the same highlight afterwards — undo that first`,
    });
    expect((await wb.listAnnotations({}))[0]?.note).toBe('second');
    await wb.undoChange({ changeId: second.changeId });
    await wb.undoChange({ changeId: first.changeId });
    expect((await wb.listAnnotations({}))[0]?.note).toBe('contradicts the zephyrine closure');
  });

  it('refuses when a row was changed since by an edit that cannot be undone, and leaves everything as it was', async () => {
    const { wb, bridge, note } = await setUp();
    const tag = (await wb.listTags({})).find((t) => t.name === 'timeline');
    if (!tag) throw new Error('the highlight made the tag');
    const deleted = await wb.deleteTag({ id: tag.id });
    await wb.createTag({ name: 'Timeline' });
    await expect(wb.undoChange({ changeId: deleted.changeId })).rejects.toMatchObject({
      code: 'conflict',
      message: '“Delete tag “timeline”” cannot be undone: another tag now has the same name or text; rename or remove it first',
    });
    expect((await wb.listAnnotations({ documentId: bridge }))[0]?.tags).toEqual(['border']);
    expect((await wb.listChanges({}))[0]?.id).toBe(deleted.changeId);

    const edited = await wb.updateAnnotation({ id: note.id, note: 'edited' });
    await wb.renameTag({ id: (await wb.listTags({})).find((t) => t.name === 'border')?.id ?? 0, name: 'frontier' });
    // A rename only touches updated_at, which an undo does not need to match; a later note edit outside undo does.
    await wb.undoChange({ changeId: edited.changeId });
    const again = await wb.updateAnnotation({ id: note.id, note: 'edited again' });
    wb.db.prepare('UPDATE annotation SET note = ? WHERE id = ?').run('changed behind undo', note.id);
    await expect(wb.undoChange({ changeId: again.changeId })).rejects.toMatchObject({
      code: 'conflict',
      message: '“Edit highlight “Lorries were turned back”” cannot be undone: the highlight was changed since by an edit that cannot be undone',
    });
  });

  it('refuses to bring back a highlight whose document was removed since, naming that removal', async () => {
    const { wb, bridge, note } = await setUp();
    const deleted = await wb.deleteAnnotation({ id: note.id });
    const removed = await wb.deleteDocument({ id: bridge });
    await expect(wb.undoChange({ changeId: deleted.changeId })).rejects.toMatchObject({
      code: 'conflict',
      message: `“Delete highlight “Lorries were turned back”” cannot be undone: the document it belongs to was removed since by “Delete document “Bridge at Kherson damaged”” (change #${removed.changeId}) — undo that first`,
    });
    await wb.undoChange({ changeId: removed.changeId });
    await wb.undoChange({ changeId: deleted.changeId });
    expect((await wb.listAnnotations({ documentId: bridge })).map((a) => a.id)).toEqual([note.id]);
  });

  it('refuses an undo that would also remove what was added since', async () => {
    const { wb, note } = await setUp();
    const deleted = await wb.deleteAnnotation({ id: note.id });
    const [created] = await wb.getAnnotationHistory({ id: note.id });
    if (!created) throw new Error('a highlight has a history');
    const restored = await wb.restoreAnnotationVersion({ id: note.id, version: created.version });
    const hypothesis = await wb.createHypothesis({ statement: 'The border was closed' });
    await wb.rate({ annotationId: note.id, hypothesisId: hypothesis.id, consistency: 'C' });
    await expect(wb.undoChange({ changeId: restored.changeId })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('it would also remove a rating added since'),
    });
    expect(await wb.listRatings({ annotationId: note.id })).toHaveLength(1);
    expect(deleted.changeId).toBeLessThan(restored.changeId);
  });

  it('survives reopening the workspace', async () => {
    const dir = tempDir();
    const path = join(dir, 'workspace.db');
    const first = openWorkbench(path);
    const [bridge] = (await first.importFiles({ files: [{ name: 'bridge.txt', content: Buffer.from(`${BRIDGE.title}\n\n${BRIDGE.body}\n`).toString('base64') }] })).added;
    if (!bridge) throw new Error('the file imported');
    const removed = await first.deleteDocument({ id: bridge.id });
    first.close();
    const second = openWorkbench(path);
    try {
      expect((await second.listChanges({})).map((change) => change.id)).toEqual([removed.changeId]);
      await second.undoChange({ changeId: removed.changeId });
      expect((await second.search({ query: 'Antonivskyi' })).hits.map((hit) => hit.id)).toEqual([bridge.id]);
    } finally {
      second.close();
    }
  });
});
