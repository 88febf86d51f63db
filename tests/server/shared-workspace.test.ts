// The web host and the CLI on one workspace: while `assay import` stores and indexes thousands of
// files, the host keeps creating, editing and deleting highlights. None of those calls fails, every
// acknowledged write is there at the end, the pages hear that documents changed, and the host's
// search (its own loaded copy of the index) finds what the CLI imported.
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiError } from '../../api/result.js';
import { EVENTS_ROUTE, TOKEN_HEADER, type WorkbenchEvent } from '../../api/transport.js';
import { buildCli } from '../cli/helpers.js';
import { runCli, writeTextFiles } from '../support/other-process.js';
import { startTestHost, type TestHost } from './helpers.js';

let host: TestHost;

// Compiling the CLI takes a while on a busy machine.
beforeAll(() => {
  buildCli();
}, 180_000);

afterEach(() => host.cleanup());

/** Reads the host's event stream into `events` until the returned function is called. */
function listen(target: TestHost, events: WorkbenchEvent[]): () => void {
  const controller = new AbortController();
  void (async () => {
    const response = await fetch(`${target.base}${EVENTS_ROUTE}`, { headers: { [TOKEN_HEADER]: target.token }, signal: controller.signal });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (block.startsWith('data: ')) events.push(JSON.parse(block.slice('data: '.length)) as WorkbenchEvent);
      }
    }
  })().catch(() => undefined);
  return () => controller.abort();
}

const SEED = 'Convoy sighted at the border\n\nA convoy of trucks crossed the border at dawn, villagers said. The convoy carried fuel.\n';

describe('highlights saved in the web host while the CLI imports', () => {
  it('are all kept, none fails, and the host then finds the imported documents', async () => {
    host = await startTestHost();
    const workspace = join(host.dir, 'workspace.assay.db');
    const seeded = await host.client.importFiles({ files: [{ name: 'seed.txt', content: Buffer.from(SEED).toString('base64') }] });
    const documentId = seeded.added[0]?.id as number;
    expect((await host.client.search({ query: 'cargotoken1999' })).total).toBe(0);
    const events: WorkbenchEvent[] = [];
    const stopListening = listen(host, events);
    writeTextFiles(join(host.dir, 'corpus'), 'cargo', 2000);

    let importing = true;
    const imported = runCli(['import', join(host.dir, 'corpus'), '--json', '--db', workspace]).finally(() => (importing = false));
    /** What the host acknowledged: highlight id → its note, for those not deleted. */
    const expected = new Map<string, string>();
    const deleted: string[] = [];
    const failures: ApiError[] = [];
    const attempt = async <T>(call: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await call();
      } catch (error) {
        failures.push({ code: (error as { code: ApiError['code'] }).code, message: (error as Error).message });
        return undefined;
      }
    };
    let round = 0;
    while (importing) {
      round += 1;
      const note = await attempt(() => host.client.createAnnotation({ documentId, exact: 'convoy', occurrence: 1 + (round % 2), note: `first ${round}` }));
      if (!note) continue;
      expected.set(note.id, `first ${round}`);
      if (await attempt(() => host.client.updateAnnotation({ id: note.id, note: `edited ${round}` }))) expected.set(note.id, `edited ${round}`);
      if (round % 3 === 0 && (await attempt(() => host.client.deleteAnnotation({ id: note.id })))) {
        expected.delete(note.id);
        deleted.push(note.id);
      }
    }
    const cli = await imported;
    expect(cli.code, cli.stderr).toBe(0);
    expect(failures).toEqual([]);
    expect(round).toBeGreaterThan(1);

    const kept = await host.client.listAnnotations({ documentId });
    expect(new Map(kept.map((a) => [a.id, a.note]))).toEqual(expected);
    for (const id of deleted) {
      expect((await host.client.getAnnotationHistory({ id })).map((h) => h.action)).toEqual(['created', 'updated', 'deleted']);
    }

    const info = await host.client.getWorkspaceInfo({});
    expect(info.documentCount).toBe(2001);
    expect(info.index.pending).toBe(0);
    expect(info.index.documents).toBe(2001);
    expect((await host.client.search({ query: 'cargotoken1999' })).total).toBe(1);
    const notes = await host.client.search({ query: 'notes:edited' });
    expect(notes.hits.map((h) => h.id)).toEqual(expected.size > 0 ? [documentId] : []);
    await vi.waitFor(() => expect(events).toContainEqual({ type: 'changed', topics: expect.arrayContaining(['documents']) as unknown }), {
      timeout: 10_000,
      interval: 50,
    });
    stopListening();
  }, 120_000);
});
