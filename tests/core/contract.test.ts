// The contract every door derives from: one schema per method's input and output, one dispatch()
// that refuses a bad payload before the core runs, and a client built from any transport. Exercised
// against the real core on a real workspace file.
import { describe, expect, it } from 'vitest';
import { createWorkbenchClient } from '../../api/client.js';
import { checkOutput, dispatch } from '../../api/contract.js';
import { WorkbenchError } from '../../api/result.js';
import { WORKBENCH_CONTRACT, WORKBENCH_METHODS, type WorkbenchHandlers, type WorkbenchMethod } from '../../api/workbench-api.js';
import { BAD_PAYLOADS } from '../support/bad-payloads.js';
import { freshWorkbench } from '../support/workspace.js';

/** Handlers that record every call that reaches them: a bad payload must reach none. */
function recordingHandlers(): { handlers: WorkbenchHandlers; reached: string[] } {
  const reached: string[] = [];
  const handlers = Object.fromEntries(
    WORKBENCH_METHODS.map((method) => [
      method,
      async () => {
        reached.push(method);
        throw new Error('the core ran');
      },
    ]),
  ) as unknown as WorkbenchHandlers;
  return { handlers, reached };
}

describe('the contract', () => {
  it('declares every method once, in one table', () => {
    expect(WORKBENCH_METHODS).toEqual(Object.keys(WORKBENCH_CONTRACT));
    expect(new Set(WORKBENCH_METHODS).size).toBe(WORKBENCH_METHODS.length);
  });

  it.each(WORKBENCH_METHODS)('refuses a bad %s payload as bad-input, naming the field, before the core runs', async (method) => {
    const { handlers, reached } = recordingHandlers();
    const bad = BAD_PAYLOADS[method];
    expect(await dispatch(WORKBENCH_CONTRACT, handlers, method, bad.input)).toEqual({ ok: false, error: { code: 'bad-input', message: bad.message } });
    expect(reached).toEqual([]);
  });

  it('refuses an unknown method and a call without an object', async () => {
    const { handlers, reached } = recordingHandlers();
    expect(await dispatch(WORKBENCH_CONTRACT, handlers, 'dropTables', {})).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(await dispatch(WORKBENCH_CONTRACT, handlers, 'toString', {})).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(await dispatch(WORKBENCH_CONTRACT, handlers, 'getDocument', undefined)).toEqual({
      ok: false,
      error: { code: 'bad-input', message: 'getDocument takes one object argument' },
    });
    expect(reached).toEqual([]);
  });

  it('holds the same rule for every door: 2026-02-30 is not a date', async () => {
    const wb = freshWorkbench();
    await expect(wb.search({ query: 'x', filters: { from: '2026-02-30' } })).rejects.toMatchObject({
      code: 'bad-input',
      message: 'filters.from: expected a real date written YYYY-MM-DD, e.g. 2026-03-14',
    });
    expect(await wb.dispatch('search', { query: 'x', filters: { to: '2026-02-28' } })).toMatchObject({ ok: true });
  });

  it('turns a failure that is a bug into internal, telling the door the detail', async () => {
    const { handlers } = recordingHandlers();
    const bugs: string[] = [];
    const result = await dispatch(WORKBENCH_CONTRACT, handlers, 'listTags', {}, (method, error) => bugs.push(`${method}: ${(error as Error).message}`));
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Assay hit an internal error (a bug); the log has the details.' } });
    expect(bugs).toEqual(['listTags: the core ran']);
  });

  it('the core answers every method with a value that fits its output schema', async () => {
    const wb = freshWorkbench();
    const seen = new Set<WorkbenchMethod>();
    const client = createWorkbenchClient(async (method, input) => {
      const result = await wb.dispatch(method, input);
      if (result.ok) {
        expect(checkOutput(WORKBENCH_CONTRACT, method, result.value), method).toBeNull();
        seen.add(method);
      }
      return result;
    });
    expect(Object.keys(client).sort()).toEqual([...WORKBENCH_METHODS].sort());
    await client.getWorkspaceInfo({});
    const sample = await client.importSample({});
    expect(await client.cancelImport({})).toEqual({ stopping: false });
    const first = sample.added[0];
    if (!first) throw new Error('the sample corpus imported nothing');
    await client.importPaths({ paths: ['/no/such/file.txt'] });
    await client.importFiles({ files: [{ name: 'a.txt', content: Buffer.from('Bridge damaged\n\nThe bridge was struck.\n').toString('base64') }] });
    await client.listDocuments({ limit: 5 });
    expect((await client.browseDocuments({ sort: 'date', descending: true, filters: { language: 'en' }, limit: 3 })).documents.length).toBeLessThanOrEqual(3);
    expect((await client.listDocumentIds({})).length).toBe(sample.added.length + 1);
    const document = await client.getDocument({ id: first.id });
    await client.listFacets({});
    await client.updateDocument({ id: first.id, source: 'Meridian Press', date: '2026-03-12T21:30+02:00', tags: ['belarus'], note: 'Check the byline.' });
    await client.updateDocuments({ origin: '*', addTags: ['seed'] });
    await client.getDocumentHistory({ id: first.id });
    expect((await client.search({ query: 'армии' })).total).toBeGreaterThan(0);
    const quote = document.body.slice(0, 12).trim();
    const note = await client.createAnnotation({ documentId: first.id, exact: quote, tags: ['timeline'], reliability: 'B', credibility: 2 });
    const edit = await client.updateAnnotation({ id: note.id, note: 'checked', probability: 'likely' });
    await client.listAnnotations({ documentId: first.id });
    const [created] = await client.getAnnotationHistory({ id: note.id });
    expect((await client.listChanges({})).map((change) => change.id)).toEqual([edit.changeId]);
    await client.undoChange({ changeId: edit.changeId });
    if (created) await client.restoreAnnotationVersion({ id: note.id, version: created.version });
    const tag = await client.createTag({ name: 'Logistics', color: '#336699' });
    const timeline = (await client.listTags({})).find((t) => t.name === 'timeline');
    await client.renameTag({ id: tag.id, name: 'logistics' });
    await client.recolorTag({ id: tag.id, color: '#AABBCC' });
    if (timeline) await client.mergeTags({ sourceId: timeline.id, targetId: tag.id });
    const hypothesis = await client.createHypothesis({ statement: 'Belarus joins with its own troops' });
    await client.updateHypothesis({ id: hypothesis.id, note: 'Watch for mobilisation orders.' });
    await client.setQuestion({ question: "Will Belarus join Russia's war with its own troops?" });
    await client.rate({ annotationId: note.id, hypothesisId: hypothesis.id, consistency: 'I', relevance: 'high', reason: 'Only Russian units named' });
    await client.listRatings({ annotationId: note.id });
    await client.getRatingHistory({ id: note.id });
    await client.listHypotheses({});
    await client.getAch({});
    await client.getHypothesisHistory({ id: hypothesis.id });
    const second = sample.added[1];
    if (!second) throw new Error('the sample corpus imported one document');
    const related = await client.relatedPassages({ annotationId: note.id });
    expect(Array.isArray(related)).toBe(true);
    const echo = await client.confirmSameClaim({ annotationId: note.id, documentId: second.id, start: 0, end: 5 });
    await client.listSameClaims({ id: note.id });
    await client.listCopies({ documentId: first.id });
    await client.unlinkSameClaim({ annotationId: note.id, otherId: echo.annotation.id });
    await client.deleteHypothesis({ id: hypothesis.id });
    const exported = await client.exportAnnotations({ format: 'json' });
    await client.deleteAnnotation({ id: note.id });
    await client.importAnnotations({ content: exported.content });
    await client.deleteTag({ id: tag.id });
    await client.deleteDocument({ id: first.id });
    expect(await client.deleteDocuments({ ids: [second.id, first.id] })).toMatchObject({ deleted: 1, annotationsDeleted: 1 });
    expect([...seen].sort()).toEqual([...WORKBENCH_METHODS].sort());
  });

  it('the in-process API refuses a bad payload with the same message, as a WorkbenchError', async () => {
    const wb = freshWorkbench();
    const bad = BAD_PAYLOADS.search;
    const refused = wb.search(bad.input as Parameters<typeof wb.search>[0]);
    await expect(refused).rejects.toBeInstanceOf(WorkbenchError);
    await expect(refused).rejects.toMatchObject({ code: 'bad-input', message: bad.message });
    await expect(wb.search({ query: 'title:' })).rejects.toMatchObject({ code: 'bad-query' });
  });
});
