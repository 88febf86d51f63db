// `assay tags` and the `assay tag rename|merge|color|delete` actions. Tags are named on the
// command line (case-insensitively) and resolved to the core's ids through listTags.
import type { Tag } from '../../api/types.js';
import type { Workbench } from '../../db/workbench.js';
import { positional, type CommandSpec } from '../args.js';
import { CliError, EXIT } from '../errors.js';
import { plural, table } from '../format/text.js';
import { hexColor, nonEmpty } from '../validate.js';

async function findTag(workbench: Workbench, name: string): Promise<Tag> {
  const wanted = name.trim().toLocaleLowerCase();
  const tags = await workbench.listTags({});
  const tag = tags.find((t) => t.name.toLocaleLowerCase() === wanted);
  if (!tag) throw new CliError(`no tag named '${name}'; run 'assay tags' to list them.`);
  return tag;
}

export const tagsCommand: CommandSpec = {
  name: 'tags',
  args: '',
  summary: 'list tags with their colour and number of highlights',
  example: 'assay tags',
  options: {},
  positionals: { min: 0, max: 0 },
  async run(ctx) {
    const tags = await (await ctx.open()).listTags({});
    if (ctx.json) ctx.printJson(tags);
    else if (tags.length === 0) ctx.line('No tags yet. Add some with: assay annotate DOC_ID --quote TEXT --tag TAG');
    else
      ctx.line(
        table(
          ['NAME', 'COLOUR', 'HIGHLIGHTS'],
          tags.map((t) => [t.name, t.color, String(t.annotationCount)]),
        ),
      );
    return EXIT.ok;
  },
};

export const tagRenameCommand: CommandSpec = {
  name: 'tag rename',
  args: 'OLD NEW',
  summary: 'rename a tag on every highlight that carries it',
  example: 'assay tag rename logisitcs logistics',
  options: {},
  positionals: { min: 2, max: 2 },
  async run(ctx, args) {
    const workbench = await ctx.open();
    const tag = await findTag(workbench, positional(args, 0));
    const renamed = await workbench.renameTag({ id: tag.id, name: nonEmpty(positional(args, 1), 'the new name').trim() });
    if (ctx.json) ctx.printJson(renamed);
    else ctx.line(`Renamed tag '${tag.name}' to '${renamed.name}' (${plural(renamed.annotationCount, 'highlight')})`);
    return EXIT.ok;
  },
};

export const tagMergeCommand: CommandSpec = {
  name: 'tag merge',
  args: 'FROM INTO',
  summary: 'move every highlight of tag FROM onto tag INTO and remove FROM',
  example: 'assay tag merge supply logistics',
  options: {},
  positionals: { min: 2, max: 2 },
  async run(ctx, args) {
    const workbench = await ctx.open();
    const source = await findTag(workbench, positional(args, 0));
    const target = await findTag(workbench, positional(args, 1));
    if (source.id === target.id) throw new CliError(`'${source.name}' and '${target.name}' are the same tag.`);
    const merged = await workbench.mergeTags({ sourceId: source.id, targetId: target.id });
    if (ctx.json) ctx.printJson(merged);
    else ctx.line(`Merged tag '${source.name}' into '${merged.name}' (now ${plural(merged.annotationCount, 'highlight')})`);
    return EXIT.ok;
  },
};

export const tagColorCommand: CommandSpec = {
  name: 'tag color',
  args: 'NAME COLOUR',
  summary: "change a tag's colour (#rrggbb; quote it, or leave out the #)",
  example: `assay tag color logistics '#e4572e'`,
  options: {},
  positionals: { min: 2, max: 2 },
  async run(ctx, args) {
    const color = hexColor(positional(args, 1));
    const workbench = await ctx.open();
    const tag = await findTag(workbench, positional(args, 0));
    const recolored = await workbench.recolorTag({ id: tag.id, color });
    if (ctx.json) ctx.printJson(recolored);
    else ctx.line(`Tag '${recolored.name}' is now ${recolored.color}`);
    return EXIT.ok;
  },
};

export const tagDeleteCommand: CommandSpec = {
  name: 'tag delete',
  args: 'NAME',
  summary: 'delete a tag; its highlights stay, without it',
  example: 'assay tag delete draft',
  options: {},
  positionals: { min: 1, max: 1 },
  async run(ctx, args) {
    const workbench = await ctx.open();
    const tag = await findTag(workbench, positional(args, 0));
    const result = await workbench.deleteTag({ id: tag.id });
    if (ctx.json) ctx.printJson({ ...result, name: tag.name });
    else ctx.line(`Deleted tag '${tag.name}'; ${plural(result.annotationsUntagged, 'highlight')} no longer carry it`);
    return EXIT.ok;
  },
};
