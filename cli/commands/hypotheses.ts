// `assay question`, `assay hypothesis add|edit|rm|list|history` and `assay rate`: the question under
// analysis, its hypotheses in the analyst's order, each highlight's rating against each one, and
// `assay ach`, the matrix with its scores.
import { CONSISTENCY, CONSISTENCY_LABELS, isConsistency, isRelevance, RELEVANCE, type Consistency } from '../../api/ach.js';
import type { Hypothesis } from '../../api/types.js';
import { positional, stringOption, type CommandSpec } from '../args.js';
import { CliError, EXIT } from '../errors.js';
import { formatAch } from '../format/ach.js';
import { plural, quoted, table } from '../format/text.js';
import { nonEmpty, positiveInteger } from '../validate.js';
import { annotationId } from './annotation-id.js';

/** "--at 1" is the first place; the core counts from 0. */
function place(value: string | undefined): number | undefined {
  return value === undefined ? undefined : positiveInteger(value, '--at (1 is the first place)') - 1;
}

function formatHypotheses(hypotheses: Hypothesis[]): string {
  if (hypotheses.length === 0) return 'No hypotheses yet. Add one with \'assay hypothesis add "…"\'.';
  return table(
    ['#', 'ID', 'STATEMENT'],
    hypotheses.map((h) => [String(h.position + 1), String(h.id), h.statement]),
  );
}

export const questionCommand: CommandSpec = {
  name: 'question',
  args: '[TEXT]',
  summary: 'show or set the question the hypotheses answer',
  example: 'assay question "Will Belarus join Russia\'s war with its own troops?"',
  options: {},
  positionals: { min: 0, max: 1 },
  async run(ctx, args) {
    const workbench = await ctx.open();
    const text = args.positionals[0];
    const question = text === undefined ? (await workbench.getAch({})).question : (await workbench.setQuestion({ question: text })).question;
    if (ctx.json) ctx.printJson({ question });
    else ctx.line(question === '' ? 'No question set. Set one with \'assay question "…"\'.' : question);
    return EXIT.ok;
  },
};

export const hypothesisAddCommand: CommandSpec = {
  name: 'hypothesis add',
  args: 'STATEMENT',
  summary: 'add a hypothesis (at the end, or at a place with --at)',
  example: "assay hypothesis add 'Belarus joins the war with its own troops' --note 'Watch for mobilisation orders'",
  options: {
    note: { type: 'string', value: 'TEXT', description: 'a note on the hypothesis (Markdown)' },
    at: { type: 'string', value: 'N', description: 'its place among the hypotheses (1 is the first)' },
  },
  positionals: { min: 1, max: 1 },
  async run(ctx, args) {
    const statement = nonEmpty(positional(args, 0), 'the statement');
    const note = stringOption(args, 'note');
    const position = place(stringOption(args, 'at'));
    const created = await (await ctx.open()).createHypothesis({ statement, ...(note === undefined ? {} : { note }), ...(position === undefined ? {} : { position }) });
    if (ctx.json) ctx.printJson(created);
    else ctx.line(`Added hypothesis ${created.id} at place ${created.position + 1}: ${created.statement}`);
    return EXIT.ok;
  },
};

export const hypothesisEditCommand: CommandSpec = {
  name: 'hypothesis edit',
  args: 'ID',
  summary: 'reword a hypothesis, change its note, or move it (with history)',
  example: "assay hypothesis edit 2 --statement 'Belarus only hosts Russian forces' --at 1",
  options: {
    statement: { type: 'string', value: 'TEXT', description: 'the new wording' },
    note: { type: 'string', value: 'TEXT', description: "the note ('' clears it)" },
    at: { type: 'string', value: 'N', description: 'move it to this place (1 is the first)' },
  },
  positionals: { min: 1, max: 1 },
  async run(ctx, args) {
    const id = positiveInteger(positional(args, 0), 'the hypothesis ID');
    const statement = stringOption(args, 'statement');
    const note = stringOption(args, 'note');
    const position = place(stringOption(args, 'at'));
    if (statement === undefined && note === undefined && position === undefined)
      throw new CliError('say what to change: --statement, --note or --at.', 'hypothesis edit');
    const updated = await (
      await ctx.open()
    ).updateHypothesis({
      id,
      ...(statement === undefined ? {} : { statement }),
      ...(note === undefined ? {} : { note }),
      ...(position === undefined ? {} : { position }),
    });
    if (ctx.json) ctx.printJson(updated);
    else ctx.line(`Hypothesis ${updated.id} (place ${updated.position + 1}): ${updated.statement}`);
    return EXIT.ok;
  },
};

export const hypothesisRmCommand: CommandSpec = {
  name: 'hypothesis rm',
  args: 'ID',
  summary: 'delete a hypothesis and its ratings (their history is kept)',
  example: 'assay hypothesis rm 3',
  options: {},
  positionals: { min: 1, max: 1 },
  async run(ctx, args) {
    const id = positiveInteger(positional(args, 0), 'the hypothesis ID');
    const result = await (await ctx.open()).deleteHypothesis({ id });
    if (ctx.json) ctx.printJson(result);
    else ctx.line(`Deleted hypothesis ${id} and ${plural(result.ratingsDeleted, 'rating')}.`);
    return EXIT.ok;
  },
};

export const hypothesisListCommand: CommandSpec = {
  name: 'hypothesis list',
  args: '',
  summary: "the hypotheses in the analyst's order",
  example: 'assay hypothesis list',
  options: {},
  positionals: { min: 0, max: 0 },
  async run(ctx) {
    const hypotheses = await (await ctx.open()).listHypotheses({});
    if (ctx.json) ctx.printJson(hypotheses);
    else ctx.line(formatHypotheses(hypotheses));
    return EXIT.ok;
  },
};

export const hypothesisHistoryCommand: CommandSpec = {
  name: 'hypothesis history',
  args: 'ID',
  summary: 'every change to a hypothesis, oldest first',
  example: 'assay hypothesis history 2',
  options: {},
  positionals: { min: 1, max: 1 },
  async run(ctx, args) {
    const id = positiveInteger(positional(args, 0), 'the hypothesis ID');
    const history = await (await ctx.open()).getHypothesisHistory({ id });
    if (ctx.json) ctx.printJson(history);
    else
      ctx.line(
        table(
          ['WHEN', 'WHAT', 'PLACE', 'STATEMENT'],
          history.map((entry) => [entry.at, entry.action, String(entry.snapshot.position + 1), entry.snapshot.statement]),
        ),
      );
    return EXIT.ok;
  },
};

function consistencyOf(value: string | undefined): Consistency | null {
  if (value === undefined) throw new CliError(`say how the passage bears on the hypothesis: --as ${CONSISTENCY.join('|')} (or none to clear).`, 'rate');
  const upper = value.trim().toUpperCase();
  if (upper === 'NONE') return null;
  if (isConsistency(upper)) return upper;
  throw new CliError(`--as takes ${CONSISTENCY.map((c) => `${c} (${CONSISTENCY_LABELS[c].toLowerCase()})`).join(', ')}, or none to clear.`, 'rate');
}

export const rateCommand: CommandSpec = {
  name: 'rate',
  args: 'ANNOTATION_ID HYPOTHESIS_ID',
  summary: 'rate a highlight against a hypothesis: CC C N I II NA, with relevance and a reason',
  example: "assay rate 3f1c9a0e 2 --as I --relevance high --why 'Only Russian units are named'",
  options: {
    as: { type: 'string', value: 'RATING', description: `${CONSISTENCY.join(', ')} (very consistent … very inconsistent, not applicable), or none to clear` },
    relevance: { type: 'string', value: 'LEVEL', description: `${RELEVANCE.join(', ')} (medium when new)` },
    why: { type: 'string', value: 'TEXT', description: 'one line: why the passage bears on it so' },
  },
  positionals: { min: 2, max: 2 },
  async run(ctx, args) {
    const workbench = await ctx.open();
    const consistency = consistencyOf(stringOption(args, 'as'));
    const relevance = stringOption(args, 'relevance');
    if (relevance !== undefined && !isRelevance(relevance)) throw new CliError(`--relevance takes ${RELEVANCE.join(', ')}.`, 'rate');
    const why = stringOption(args, 'why');
    const rating = await workbench.rate({
      annotationId: await annotationId(workbench, positional(args, 0), 'rate'),
      hypothesisId: positiveInteger(positional(args, 1), 'the hypothesis ID'),
      consistency,
      ...(relevance === undefined ? {} : { relevance }),
      ...(why === undefined ? {} : { reason: why }),
    });
    if (ctx.json) ctx.printJson(rating);
    else if (rating === null) ctx.line('Rating cleared.');
    else
      ctx.line(`Rated ${CONSISTENCY_LABELS[rating.consistency].toLowerCase()} (${rating.relevance} relevance)${rating.reason ? `: ${quoted(rating.reason, 60)}` : ''}.`);
    return EXIT.ok;
  },
};

export const achCommand: CommandSpec = {
  name: 'ach',
  args: '',
  summary: 'the ACH matrix: hypotheses ranked by weighted inconsistency, rated passages, sensitivity',
  example: 'assay ach --json',
  options: {},
  positionals: { min: 0, max: 0 },
  async run(ctx) {
    const ach = await (await ctx.open()).getAch({});
    if (ctx.json) ctx.printJson(ach);
    else ctx.line(formatAch(ach));
    return EXIT.ok;
  },
};
