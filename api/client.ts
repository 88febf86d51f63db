// The WorkbenchApi over one transport function (HTTP in a browser, IPC in the desktop app, a
// direct dispatch in the CLI): one loop over the contract, so no door lists methods by hand. A
// failed Result becomes a thrown WorkbenchError carrying the core's message for the analyst.
import { createClient, type Transport as ContractTransport } from './contract.js';
import { WORKBENCH_CONTRACT, type WorkbenchApi } from './workbench-api.js';

export type Transport = ContractTransport<typeof WORKBENCH_CONTRACT>;

export function createWorkbenchClient(transport: Transport): WorkbenchApi {
  return createClient(WORKBENCH_CONTRACT, transport);
}
