// `assay copies [DOCUMENT_ID]`: passages copied across documents from different sources, found at
// import — of one document (what it copies, earliest origin first, then who copies it) or of the
// whole workspace — each with both documents, their sources and dates, and how close the wording is.
import type { Copy, CopySide } from '../../api/types.js';
import { positional, stringOption, type CommandSpec } from '../args.js';
import { EXIT } from '../errors.js';
import { excerpt, quoted } from '../format/text.js';
import { positiveInteger } from '../validate.js';

function cite(side: CopySide): string {
  return `${excerpt([side.title, side.source, side.date].filter(Boolean).join(' · '), 90)} (#${side.documentId})`;
}

function formatCopies(list: Copy[], documentId: number | undefined): string {
  if (list.length === 0)
    return documentId === undefined ? 'No copied passages in this workspace.' : `No passage of #${documentId} is copied from or into another source.`;
  return list
    .map((c, i) => {
      const share = c.similarity === 1 ? 'verbatim' : `${Math.round(c.similarity * 100)}% identical`;
      return `${i + 1}. ${cite(c.copy)}\n   copies ${cite(c.origin)} — ${c.words} words, ${share}\n   ${quoted(c.copy.exact, 200)}`;
    })
    .join('\n\n');
}

export const copiesCommand: CommandSpec = {
  name: 'copies',
  args: '[DOCUMENT_ID]',
  summary: 'passages copied across sources (a relayed wire report), found at import, each attributed to the earliest document',
  example: 'assay copies 12',
  options: {
    limit: { type: 'string', value: 'N', description: 'at most N copied passages (default 200, at most 1000)' },
  },
  positionals: { min: 0, max: 1 },
  async run(ctx, args) {
    const documentId = args.positionals.length > 0 ? positiveInteger(positional(args, 0), 'the document ID') : undefined;
    const limitText = stringOption(args, 'limit');
    const workbench = await ctx.open();
    // Refuses an unknown document the way `assay show` does, before saying it has no copies.
    if (documentId !== undefined) await workbench.getDocument({ id: documentId });
    const copies = await workbench.listCopies({
      ...(documentId === undefined ? {} : { documentId }),
      ...(limitText === undefined ? {} : { limit: positiveInteger(limitText, '--limit') }),
    });
    if (ctx.json) ctx.printJson(copies);
    else ctx.line(formatCopies(copies, documentId));
    return EXIT.ok;
  },
};
