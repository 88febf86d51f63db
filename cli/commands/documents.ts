// `assay docs`, `assay show ID` and `assay rm ID`: list, read and remove documents.
import { positional, stringOption, type CommandSpec, type OptionTable, type ParsedArgs } from '../args.js';
import { EXIT } from '../errors.js';
import { formatDocument, formatDocumentList } from '../format/document.js';
import { plural, quoted } from '../format/text.js';
import { nonNegativeInteger, positiveInteger } from '../validate.js';

export const PAGE_OPTIONS: OptionTable = {
  limit: { type: 'string', value: 'N', description: 'show at most N' },
  offset: { type: 'string', value: 'N', description: 'skip the first N' },
};

export function pageOf(args: ParsedArgs): { limit?: number; offset?: number } {
  const page: { limit?: number; offset?: number } = {};
  const limit = stringOption(args, 'limit');
  if (limit !== undefined) page.limit = positiveInteger(limit, '--limit');
  const offset = stringOption(args, 'offset');
  if (offset !== undefined) page.offset = nonNegativeInteger(offset, '--offset');
  return page;
}

export const docsCommand: CommandSpec = {
  name: 'docs',
  args: '',
  summary: 'list documents, newest import first',
  example: 'assay docs --limit 20',
  options: PAGE_OPTIONS,
  positionals: { min: 0, max: 0 },
  async run(ctx, args) {
    const page = pageOf(args);
    const docs = await (await ctx.open()).listDocuments(page);
    if (ctx.json) ctx.printJson(docs);
    else ctx.line(formatDocumentList(docs, page.offset ?? 0));
    return EXIT.ok;
  },
};

export const showCommand: CommandSpec = {
  name: 'show',
  args: 'ID',
  summary: "print a document's metadata and text",
  example: 'assay show 12',
  options: {},
  positionals: { min: 1, max: 1 },
  async run(ctx, args) {
    const id = positiveInteger(positional(args, 0), 'the document ID');
    const doc = await (await ctx.open()).getDocument({ id });
    if (ctx.json) ctx.printJson(doc);
    else ctx.line(formatDocument(doc));
    return EXIT.ok;
  },
};

export const rmCommand: CommandSpec = {
  name: 'rm',
  args: 'ID',
  summary: 'remove a document and its highlights',
  example: 'assay rm 12',
  options: {},
  positionals: { min: 1, max: 1 },
  async run(ctx, args) {
    const id = positiveInteger(positional(args, 0), 'the document ID');
    const workbench = await ctx.open();
    const { title } = await workbench.getDocument({ id });
    const result = await workbench.deleteDocument({ id });
    if (ctx.json) ctx.printJson({ ...result, title });
    else ctx.line(`Removed document #${result.id} ${quoted(title)} and its ${plural(result.annotationsDeleted, 'highlight')}`);
    return EXIT.ok;
  },
};
