// Builds a WorkbenchApi from one transport function, one loop over the method table, so the
// renderer's HTTP client and the preload bridge never list methods by hand. A failed Result
// becomes a thrown WorkbenchError carrying the core's message for the analyst.
import { WorkbenchError, type Result } from './result.js';
import { WORKBENCH_METHODS, type WorkbenchApi, type WorkbenchMethod } from './workbench-api.js';

export type Transport = (method: WorkbenchMethod, input: unknown) => Promise<Result<unknown>>;

export function createWorkbenchClient(transport: Transport): WorkbenchApi {
  const client: Partial<Record<WorkbenchMethod, (input: unknown) => Promise<unknown>>> = {};
  for (const method of WORKBENCH_METHODS) {
    client[method] = async (input: unknown) => {
      const result = await transport(method, input ?? {});
      if (!result.ok) throw new WorkbenchError(result.error.code, result.error.message);
      return result.value;
    };
  }
  return client as unknown as WorkbenchApi;
}
