// The contract every door derives from: the method table, the payload shape checks, and the
// generated client, exercised against the real core through an in-process transport.
import { describe, expect, it } from 'vitest';
import { createWorkbenchClient } from '../../api/client.js';
import { checkPayload } from '../../api/method-schemas.js';
import { WorkbenchError, type Result } from '../../api/result.js';
import { WORKBENCH_METHODS, type WorkbenchMethod } from '../../api/workbench-api.js';
import { freshWorkbench } from '../support/workspace.js';

describe('the contract', () => {
  it('checks payload shapes with one-line reasons', () => {
    expect(checkPayload('search', { query: 'minsk', limit: 5 })).toBeNull();
    expect(checkPayload('search', { query: 42 })).toMatch(/"query" must be string/);
    expect(checkPayload('search', {})).toMatch(/needs "query"/);
    expect(checkPayload('search', { query: 'x', sql: 'drop' })).toMatch(/does not take "sql"/);
    expect(checkPayload('getDocument', [1])).toMatch(/one object/);
    expect(checkPayload('createAnnotation', { documentId: 1, exact: 'x', credibility: null })).toBeNull();
    expect(checkPayload('importFiles', { files: [{ name: 'a.txt' }] })).toMatch(/"files"/);
  });

  it('generates a client with every method that carries the core’s errors', async () => {
    const wb = freshWorkbench();
    const transport = async (method: WorkbenchMethod, input: unknown): Promise<Result<unknown>> => {
      const problem = checkPayload(method, input);
      if (problem) return { ok: false, error: { code: 'bad-input', message: problem } };
      try {
        const call = wb[method] as (arg: unknown) => Promise<unknown>;
        return { ok: true, value: await call(input) };
      } catch (error) {
        const e = error as WorkbenchError;
        return { ok: false, error: { code: e.code ?? 'internal', message: e.message } };
      }
    };
    const client = createWorkbenchClient(transport);
    expect(Object.keys(client).sort()).toEqual([...WORKBENCH_METHODS].sort());
    await client.importSample({});
    expect((await client.search({ query: 'армии' })).total).toBeGreaterThan(0);
    await expect(client.search({ query: 'title:' })).rejects.toMatchObject({ code: 'bad-query' });
    await expect(client.getDocument({ id: 'x' as unknown as number })).rejects.toBeInstanceOf(WorkbenchError);
  });
});
