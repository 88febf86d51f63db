// `assay related ANNOTATION_ID`: passages in other documents that report what a highlight reports
// (echoes), best first, each with its document, source, date and the words it shares; `--confirm N`
// links the Nth as the same claim (highlighting it first if need be).
import type { RelatedPassage } from '../../api/types.js';
import { positional, stringOption, type CommandSpec } from '../args.js';
import { CliError, EXIT } from '../errors.js';
import { excerpt, quoted } from '../format/text.js';
import { positiveInteger } from '../validate.js';
import { annotationId } from './annotation-id.js';

function formatRelated(list: RelatedPassage[]): string {
  if (list.length === 0) return 'No other document reports this passage in words the index can match.';
  return list
    .map((r, i) => {
      const head = [r.title, r.source, r.date].filter(Boolean).join(' · ');
      const state = r.sameClaim ? ' [same claim]' : r.annotationId ? ' [highlighted]' : '';
      const copy = r.copy === 'copy-of' ? ' [copies the highlight]' : r.copy === 'copied-by' ? ' [the highlight copies this]' : '';
      return `${i + 1}. ${excerpt(head, 90)} (#${r.documentId}, match ${Math.round(r.score * 100)}%)${state}${copy}\n   ${quoted(r.exact, 200)}\n   shares: ${r.shared.join(', ')}`;
    })
    .join('\n\n');
}

export const relatedCommand: CommandSpec = {
  name: 'related',
  args: 'ANNOTATION_ID',
  summary: 'passages in other documents that report what a highlight reports (echoes); --confirm N links one as the same claim',
  example: 'assay related 3f1c9a0e --confirm 1',
  options: {
    limit: { type: 'string', value: 'N', description: 'at most N passages (default 10, at most 50)' },
    confirm: { type: 'string', value: 'N', description: 'link the Nth passage listed as the same claim (it becomes a highlight if it is not one)' },
  },
  positionals: { min: 1, max: 1 },
  async run(ctx, args) {
    const workbench = await ctx.open();
    const id = await annotationId(workbench, positional(args, 0), 'related');
    const limitText = stringOption(args, 'limit');
    const limit = limitText === undefined ? 10 : positiveInteger(limitText, '--limit');
    const related = await workbench.relatedPassages({ annotationId: id, limit });
    const confirmText = stringOption(args, 'confirm');
    if (confirmText === undefined) {
      if (ctx.json) ctx.printJson(related);
      else ctx.line(formatRelated(related));
      return EXIT.ok;
    }
    const chosen = related[positiveInteger(confirmText, '--confirm') - 1];
    if (!chosen) throw new CliError(`--confirm ${confirmText}: only ${related.length} related passages are listed.`, 'related');
    const result = await workbench.confirmSameClaim({ annotationId: id, documentId: chosen.documentId, start: chosen.start, end: chosen.end });
    if (ctx.json) ctx.printJson(result);
    else
      ctx.line(
        `Linked as the same claim: ${quoted(result.annotation.exact, 80)} in #${chosen.documentId}${result.created ? ' (now a highlight, ' + result.annotation.id + ')' : ''}.`,
      );
    return EXIT.ok;
  },
};
