// The core off the window thread: the host/client protocol with a real Workbench, switching
// workspaces, surviving a crash of the utility process, and throttled progress events.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportProgress, WorkspaceInfo } from '../../api/types.js';
import { WorkbenchError } from '../../api/result.js';
import { toResult } from '../../api/contract.js';
import { openWorkbench } from '../../db/workbench.js';
import { throttleProgress } from '../../electron/core-host.js';
import { isCoreMessage, isCoreRequest } from '../../electron/core-protocol.js';
import { createCoreRelay, type CoreRelay } from './support/core-relay.js';

let relay: CoreRelay;
beforeEach(() => (relay = createCoreRelay()));
afterEach(() => relay.close());

const file = (name: string) => join(relay.dir, name);

describe('workspaces', () => {
  it('answers "no workspace" before one is opened', async () => {
    expect(await relay.core.call('listTags', {})).toMatchObject({ ok: false, error: { code: 'workspace' } });
  });

  it('opens, then switches to another file; each keeps its own data', async () => {
    expect(await relay.core.open(file('a.assay.db'))).toMatchObject({ ok: true, value: { path: file('a.assay.db'), documentCount: 0 } });
    await relay.core.call('createTag', { name: 'alpha' });
    const switched = await relay.core.open(file('b.assay.db'));
    expect(switched.ok && switched.value.tagCount).toBe(0);
    expect(relay.core.workspacePath).toBe(file('b.assay.db'));
    await relay.core.open(file('a.assay.db'));
    expect(await relay.core.call('listTags', {})).toMatchObject({ ok: true, value: [{ name: 'alpha' }] });
  });

  it('keeps the open workspace when the new file cannot be opened', async () => {
    await relay.core.open(file('good.assay.db'));
    writeFileSync(file('junk.db'), 'this is not sqlite at all, just text that is long enough to have a header'.repeat(20));
    expect(await relay.core.open(file('junk.db'))).toMatchObject({ ok: false, error: { code: 'workspace' } });
    expect(relay.core.workspacePath).toBe(file('good.assay.db'));
    const info = await relay.core.call('getWorkspaceInfo', {});
    expect(info.ok && (info.value as WorkspaceInfo).path).toBe(file('good.assay.db'));
  });

  it('lets calls already running finish before the switch', async () => {
    await relay.core.open(file('a.assay.db'));
    const importing = relay.core.call('importSample', {});
    const switching = relay.core.open(file('b.assay.db'));
    const [imported, switched] = await Promise.all([importing, switching]);
    expect(imported.ok).toBe(true);
    expect(switched.ok).toBe(true);
    await relay.core.open(file('a.assay.db'));
    const info = await relay.core.call('getWorkspaceInfo', {});
    expect(info.ok && (info.value as WorkspaceInfo).documentCount).toBeGreaterThan(0);
  });
});

describe('crash of the utility process', () => {
  it('fails the calls in flight, then restarts and reopens the workspace', async () => {
    await relay.core.open(file('case.assay.db'));
    await relay.core.call('createTag', { name: 'kept' });
    const inFlight = relay.core.call('listTags', {});
    relay.crash(139);
    expect(await inFlight).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('139') } });
    expect(await relay.core.call('listTags', {})).toMatchObject({ ok: true, value: [{ name: 'kept' }] });
    expect(relay.spawned()).toBe(2);
  });
});

describe('events', () => {
  it('forwards import progress as WorkbenchEvents', async () => {
    await relay.core.open(file('case.assay.db'));
    await relay.core.call('importSample', {});
    const phases = relay.events.flatMap((event) => (event.type === 'progress' ? [event.progress.phase] : []));
    expect(phases).toContain('importing');
    expect(phases.at(-1)).toBe('done');
  });

  it('tells the window when another process changes the open workspace', async () => {
    await relay.core.open(file('case.assay.db'));
    const other = openWorkbench(file('case.assay.db'));
    try {
      await other.createTag({ name: 'from the CLI' });
    } finally {
      other.close();
    }
    await vi.waitFor(() => expect(relay.events).toContainEqual({ type: 'changed', topics: ['tags'] }), { timeout: 10_000, interval: 50 });
    expect(await relay.core.call('listTags', {})).toMatchObject({ ok: true, value: [{ name: 'from the CLI' }] });
  });

  it('throttles steady progress but passes phase changes and the last step', () => {
    const seen: ImportProgress[] = [];
    let clock = 0;
    const report = throttleProgress(
      (progress) => seen.push(progress),
      100,
      () => clock,
    );
    report({ phase: 'importing', done: 0, total: 100 });
    for (let done = 1; done < 100; done++) {
      clock += 1;
      report({ phase: 'importing', done, total: 100 });
    }
    report({ phase: 'importing', done: 100, total: 100 });
    report({ phase: 'done', done: 0, total: 4 });
    clock += 250;
    report({ phase: 'done', done: 1, total: 4 });
    expect(seen.map((progress) => `${progress.phase}:${progress.done}`)).toEqual(['importing:0', 'importing:100', 'done:0', 'done:1']);
  });
});

describe('protocol', () => {
  it('maps core errors to the Result envelope', () => {
    expect(toResult(new WorkbenchError('conflict', 'Tag "x" exists'))).toEqual({ ok: false, error: { code: 'conflict', message: 'Tag "x" exists' } });
    expect(toResult(new TypeError('boom at /home/analyst'))).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Assay hit an internal error (a bug); the log has the details.' },
    });
  });

  it('recognises only well-formed messages', () => {
    expect(isCoreRequest({ id: 1, method: 'listTags', input: {} })).toBe(true);
    expect(isCoreRequest({ id: 1, open: '/tmp/x.db' })).toBe(true);
    expect(isCoreRequest({ id: 1, method: 'close', input: {} })).toBe(false);
    expect(isCoreRequest({ id: 'x', method: 'listTags', input: {} })).toBe(false);
    expect(isCoreMessage({ id: 2, result: { ok: true, value: 1 } })).toBe(true);
    expect(isCoreMessage({ event: { type: 'progress', progress: { phase: 'done', done: 1, total: 1 } } })).toBe(true);
    expect(isCoreMessage({ id: 2 })).toBe(false);
  });
});
