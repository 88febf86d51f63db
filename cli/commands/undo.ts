// `assay undo`: takes back the latest undoable change (a deleted highlight, document or tag, a tag
// merge, a highlight edit), or the one named by its number; `--list` shows what can be undone.
import type { Change } from '../../api/types.js';
import { booleanOption, type CommandSpec } from '../args.js';
import { EXIT } from '../errors.js';
import { table } from '../format/text.js';
import { positiveInteger } from '../validate.js';

function listLines(changes: Change[]): string {
  if (changes.length === 0) return 'Nothing to undo.';
  return table(
    ['CHANGE', 'WHEN', 'WHAT'],
    changes.map((change) => [String(change.id), change.at.slice(0, 19).replace('T', ' '), change.label]),
  );
}

export const undoCommand: CommandSpec = {
  name: 'undo',
  args: '[CHANGE]',
  summary: 'undo the latest delete, merge or highlight edit, or the change numbered CHANGE (see --list)',
  example: 'assay undo --list',
  options: {
    list: { type: 'boolean', description: 'list the changes that can be undone, latest first, and undo nothing' },
  },
  positionals: { min: 0, max: 1 },
  async run(ctx, args) {
    const workbench = await ctx.open();
    if (booleanOption(args, 'list')) {
      const changes = await workbench.listChanges({});
      if (ctx.json) ctx.printJson(changes);
      else ctx.line(listLines(changes));
      return EXIT.ok;
    }
    const named = args.positionals[0];
    const changeId = named === undefined ? (await workbench.listChanges({ limit: 1 }))[0]?.id : positiveInteger(named, 'the change number');
    if (changeId === undefined) {
      if (ctx.json) ctx.printJson(null);
      else ctx.line('Nothing to undo.');
      return EXIT.ok;
    }
    const undone = await workbench.undoChange({ changeId });
    if (ctx.json) ctx.printJson(undone);
    else ctx.line(`Undone: ${undone.label}`);
    return EXIT.ok;
  },
};
