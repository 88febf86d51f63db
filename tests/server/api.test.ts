// The API over real HTTP: every WorkbenchApi method answers at its route through the same
// generated client the renderer uses, and failures arrive as { ok: false, error } with the right status.
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../api/contract.js';
import type { Result } from '../../api/result.js';
import { TOKEN_HEADER } from '../../api/transport.js';
import { WORKBENCH_CONTRACT, WORKBENCH_METHODS, type WorkbenchHandlers } from '../../api/workbench-api.js';
import { apiRoutes } from '../../server/api-routes.js';
import { createRouter } from '../../server/router.js';
import { BAD_PAYLOADS } from '../support/bad-payloads.js';
import { json, startTestHost, type TestHost } from './helpers.js';

let host: TestHost;

beforeAll(async () => {
  host = await startTestHost();
});

afterAll(() => host.cleanup());

const BRIDGE = 'Bridge at Kherson damaged\n\nThe Antonivskyi bridge was struck again overnight, officials said.\n';
const HARVEST = 'Grain harvest forecast raised\n\nFarmers expect a record grain harvest this year.\n';

describe('the API routes', () => {
  it('answers every method in WORKBENCH_METHODS', async () => {
    const api = host.client;
    expect((await api.getWorkspaceInfo({})).documentCount).toBe(0);
    const sample = await api.importSample({});
    expect(sample.added.length).toBeGreaterThan(0);
    expect(await api.cancelImport({})).toEqual({ stopping: false });
    expect((await api.search({ query: 'армии' })).total).toBeGreaterThan(0);

    const bridgePath = join(host.dir, 'bridge.txt');
    writeFileSync(bridgePath, BRIDGE);
    const bridge = (await api.importPaths({ paths: [bridgePath] })).added[0];
    const harvest = (await api.importFiles({ files: [{ name: 'harvest.txt', content: Buffer.from(HARVEST).toString('base64') }] })).added[0];
    expect(bridge?.title).toBe('Bridge at Kherson damaged');
    expect(harvest?.title).toBe('Grain harvest forecast raised');
    if (!bridge || !harvest) return;

    expect((await api.listDocuments({})).map((d) => d.id)).toEqual(expect.arrayContaining([bridge.id, harvest.id]));
    expect((await api.getDocument({ id: bridge.id })).body).toContain('Antonivskyi bridge');
    expect((await api.listFacets({})).languages.length).toBeGreaterThan(0);
    expect((await api.updateDocument({ id: bridge.id, source: 'Field office', tags: ['kherson'] })).tags).toEqual(['kherson']);
    expect(await api.updateDocuments({ ids: [harvest.id], set: { date: '2026-03-14' } })).toEqual({ updated: 1 });
    expect((await api.getDocumentHistory({ id: bridge.id })).map((entry) => Object.keys(entry.changes))).toEqual([['source', 'tags']]);

    const logistics = await api.createTag({ name: 'logistics' });
    const note = await api.createAnnotation({ documentId: bridge.id, exact: 'Antonivskyi bridge', note: 'key crossing', tags: ['logistics'], reliability: 'B' });
    expect(note.exact).toBe('Antonivskyi bridge');
    const edit = await api.updateAnnotation({ id: note.id, note: 'key crossing, confirmed', credibility: 2 });
    const listed = await api.listAnnotations({ documentId: bridge.id });
    expect(listed.map((a) => [a.id, a.note])).toEqual([[note.id, 'key crossing, confirmed']]);
    expect((await api.getAnnotationHistory({ id: note.id })).map((h) => h.action)).toEqual(['created', 'updated']);
    expect((await api.listChanges({ limit: 1 })).map((change) => change.label)).toEqual(['Edit highlight “Antonivskyi bridge”']);
    expect((await api.undoChange({ changeId: edit.changeId })).undoneAt).not.toBeNull();
    const [, , undone] = await api.getAnnotationHistory({ id: note.id });
    expect(undone).toMatchObject({ action: 'restored', snapshot: { note: 'key crossing' } });
    const [, updated] = await api.getAnnotationHistory({ id: note.id });
    if (!updated) throw new Error('the edit is in the history');
    expect((await api.restoreAnnotationVersion({ id: note.id, version: updated.version })).note).toBe('key crossing, confirmed');

    const infra = await api.createTag({ name: 'infrastructure' });
    expect((await api.renameTag({ id: infra.id, name: 'infra' })).name).toBe('infra');
    expect((await api.recolorTag({ id: infra.id, color: '#336699' })).color).toBe('#336699');
    expect((await api.mergeTags({ sourceId: logistics.id, targetId: infra.id })).annotationCount).toBe(1);
    expect((await api.listTags({})).map((t) => t.name)).toEqual(['infra', 'kherson']);

    const hypothesis = await api.createHypothesis({ statement: 'The bridge was struck to cut supply lines' });
    expect((await api.updateHypothesis({ id: hypothesis.id, position: 0 })).position).toBe(0);
    expect((await api.setQuestion({ question: 'Why was the bridge struck?' })).question).toBe('Why was the bridge struck?');
    expect((await api.rate({ annotationId: note.id, hypothesisId: hypothesis.id, consistency: 'CC' }))?.relevance).toBe('medium');
    expect(await api.listRatings({ hypothesisId: hypothesis.id })).toHaveLength(1);
    expect((await api.getRatingHistory({ id: note.id })).map((entry) => entry.after?.consistency)).toEqual(['CC']);
    expect((await api.getAch({})).rows.map((row) => row.annotationId)).toEqual([note.id]);
    expect((await api.listHypotheses({})).map((h) => h.id)).toEqual([hypothesis.id]);
    expect((await api.getHypothesisHistory({ id: hypothesis.id })).map((entry) => entry.action)).toEqual(['created']);
    expect(await api.relatedPassages({ annotationId: note.id })).toEqual([]);
    const other = (await api.listDocuments({})).find((d) => d.id !== bridge.id);
    if (!other) throw new Error('the test imports two documents');
    const echo = await api.confirmSameClaim({ annotationId: note.id, documentId: other.id, start: 0, end: 4 });
    expect((await api.listSameClaims({ id: note.id })).map((c) => c.annotationId)).toEqual([echo.annotation.id]);
    // Two documents in their own words: nothing copied.
    expect(await api.listCopies({ documentId: bridge.id })).toEqual([]);
    expect(await api.unlinkSameClaim({ annotationId: echo.annotation.id, otherId: note.id })).toEqual({ unlinked: true });
    await api.deleteAnnotation({ id: echo.annotation.id });
    expect(await api.deleteHypothesis({ id: hypothesis.id })).toEqual({ id: hypothesis.id, ratingsDeleted: 1 });

    const exported = await api.exportAnnotations({ format: 'json' });
    expect(exported.annotationCount).toBe(1);
    expect(await api.deleteAnnotation({ id: note.id })).toMatchObject({ id: note.id });
    const reimported = await api.importAnnotations({ content: exported.content });
    expect(reimported.added + reimported.alreadyPresent).toBe(1);
    expect((await api.deleteTag({ id: infra.id })).annotationsUntagged).toBe(1);
    const page = await api.browseDocuments({ sort: 'title', filters: { source: 'Field office' } });
    expect(page).toMatchObject({ total: 1, documents: [{ id: bridge.id, annotationCount: 1 }] });
    expect(await api.listDocumentIds({ filters: { hasHighlights: true } })).toEqual([bridge.id]);
    expect((await api.deleteDocument({ id: harvest.id })).id).toBe(harvest.id);
    expect(await api.deleteDocuments({ ids: [bridge.id] })).toMatchObject({ deleted: 1, annotationsDeleted: 1 });

    expect([...host.called].sort()).toEqual([...WORKBENCH_METHODS].sort());
  });

  it('refuses a payload of the wrong shape with a line naming the field', async () => {
    const response = await host.post('search', { query: 42 });
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ ok: false, error: { code: 'bad-input', message: 'query: expected a string' } });
    const extra = await json<Result<unknown>>(await host.post('getWorkspaceInfo', { surprise: true }));
    expect(extra).toEqual({ ok: false, error: { code: 'bad-input', message: 'surprise: not a field this call takes' } });
  });

  it.each(WORKBENCH_METHODS)('refuses a bad %s payload as 400 bad-input before the core runs', async (method) => {
    const before = (await host.client.getWorkspaceInfo({})).documentCount;
    const bad = BAD_PAYLOADS[method];
    const response = await host.post(method, bad.input);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ok: false, error: { code: 'bad-input', message: bad.message } });
    expect((await host.client.getWorkspaceInfo({})).documentCount).toBe(before);
  });

  it('passes a bad query back as bad-query', async () => {
    const response = await host.post('search', { query: 'title:' });
    expect(response.status).toBe(400);
    const body = await json<Result<unknown>>(response);
    expect(body).toMatchObject({ ok: false, error: { code: 'bad-query' } });
    if (!body.ok) expect(body.error.message.length).toBeGreaterThan(0);
  });

  it('refuses a query over the length limit at the contract, before any parsing', async () => {
    const response = await host.post('search', { query: `${'a'.repeat(60_000)} ${'b~2 '.repeat(15_000)}` });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ok: false, error: { code: 'bad-input', message: 'query: expected at most 4000 characters — shorten the query' } });
  });

  it('keeps the core’s not-found as 404', async () => {
    const response = await host.post('getDocument', { id: 999_999 });
    expect(response.status).toBe(404);
    // Neutral wording from the core; `subject` lets the UI pick its own hint.
    expect(await response.json()).toEqual({ ok: false, error: { code: 'not-found', message: 'No document #999999 in this workspace', subject: 'document' } });
  });

  it('accepts an empty body as {} for methods without input', async () => {
    const response = await host.post('listTags', '');
    expect(await response.json()).toMatchObject({ ok: true });
  });
});

describe('an unexpected error', () => {
  it('becomes code internal with a short message; the stack goes to stderr only', async () => {
    const dir = host.dir;
    const broken = { getWorkspaceInfo: async () => Promise.reject(new Error('secret detail at /home/analyst')) } as unknown as WorkbenchHandlers;
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    server.on(
      'request',
      createRouter({
        port,
        token: 't'.repeat(20),
        routes: apiRoutes((method, input, onBug) => dispatch(WORKBENCH_CONTRACT, broken, method, input, onBug), { bodyLimit: 1024 }),
        staticDir: dir,
      }),
    );
    const log = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/getWorkspaceInfo`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: 't'.repeat(20) },
        body: '{}',
      });
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(JSON.parse(text)).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(text).not.toContain('secret');
      expect(String(log.mock.calls[0]?.[0])).toContain('secret detail');
    } finally {
      log.mockRestore();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
