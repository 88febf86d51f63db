// `assay info`: where the workspace is and what it holds.
import type { CommandSpec } from '../args.js';
import { EXIT } from '../errors.js';
import { formatWorkspaceInfo } from '../format/document.js';

export const infoCommand: CommandSpec = {
  name: 'info',
  args: '',
  summary: 'show the workspace file, its schema, counts and search index state',
  example: 'assay info --db case.assay.db',
  options: {},
  positionals: { min: 0, max: 0 },
  async run(ctx) {
    const info = await (await ctx.open()).getWorkspaceInfo({});
    if (ctx.json) ctx.printJson(info);
    else ctx.line(formatWorkspaceInfo(info));
    return EXIT.ok;
  },
};
