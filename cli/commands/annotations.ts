// `assay annotate`, `assay annotations` and `assay history`: highlight a quoted passage with a note,
// tags and assessments; list highlights by criteria; see how one changed over time.
import type { CreateAnnotationInput } from '../../api/workbench-api.js';
import { listOption, positional, stringOption, type CommandSpec } from '../args.js';
import { CliError, EXIT } from '../errors.js';
import { ANNOTATION_FILTER_OPTIONS, annotationFilter } from '../filters.js';
import { formatAnnotation, formatAnnotationList, formatHistory } from '../format/annotation.js';
import { confidence, credibility, nonEmpty, positiveInteger, probability, reliability } from '../validate.js';

export const annotateCommand: CommandSpec = {
  name: 'annotate',
  args: 'DOC_ID',
  summary: 'highlight a quoted passage of a document, with a note, tags and assessments',
  example: `assay annotate 12 --quote 'the bridge was destroyed' --tag logistics --reliability B --credibility 2 --probability likely --confidence moderate`,
  options: {
    quote: { type: 'string', value: 'TEXT', description: 'the exact text to highlight (required)' },
    occurrence: { type: 'string', value: 'N', description: 'which occurrence of the quote, when it appears more than once (default 1)' },
    note: { type: 'string', value: 'TEXT', description: 'a note (Markdown)' },
    tag: { type: 'string', multiple: true, value: 'TAG', description: 'a tag; repeat for several' },
    reliability: { type: 'string', value: 'A-F', description: 'source reliability (Admiralty): A completely reliable … F cannot be judged' },
    credibility: { type: 'string', value: '1-6', description: 'information credibility (Admiralty): 1 confirmed … 6 cannot be judged' },
    probability: {
      type: 'string',
      value: 'SLUG',
      description: 'ICD 203 probability: almost-no-chance, very-unlikely, unlikely, roughly-even-chance, likely, very-likely, almost-certain',
    },
    confidence: { type: 'string', value: 'LEVEL', description: 'analytic confidence: low, moderate or high' },
  },
  positionals: { min: 1, max: 1 },
  async run(ctx, args) {
    const documentId = positiveInteger(positional(args, 0), 'the document ID');
    const quote = stringOption(args, 'quote');
    if (quote === undefined) throw new CliError("'annotate' needs --quote TEXT: the exact passage to highlight.", 'annotate');
    const input: CreateAnnotationInput = { documentId, exact: nonEmpty(quote, '--quote') };
    const occurrence = stringOption(args, 'occurrence');
    if (occurrence !== undefined) input.occurrence = positiveInteger(occurrence, '--occurrence');
    const note = stringOption(args, 'note');
    if (note !== undefined) input.note = note;
    const tags = listOption(args, 'tag').map((t) => nonEmpty(t, '--tag').trim());
    if (tags.length > 0) input.tags = tags;
    const rel = stringOption(args, 'reliability');
    if (rel !== undefined) input.reliability = reliability(rel);
    const cred = stringOption(args, 'credibility');
    if (cred !== undefined) input.credibility = credibility(cred);
    const prob = stringOption(args, 'probability');
    if (prob !== undefined) input.probability = probability(prob);
    const conf = stringOption(args, 'confidence');
    if (conf !== undefined) input.confidence = confidence(conf);
    const annotation = await (await ctx.open()).createAnnotation(input);
    if (ctx.json) ctx.printJson(annotation);
    else ctx.line(formatAnnotation(annotation));
    return EXIT.ok;
  },
};

export const annotationsCommand: CommandSpec = {
  name: 'annotations',
  args: '',
  summary: 'list highlights matching every given criterion, in document order',
  example: 'assay annotations --tag logistics --reliability B',
  options: ANNOTATION_FILTER_OPTIONS,
  positionals: { min: 0, max: 0 },
  async run(ctx, args) {
    const list = await (await ctx.open()).listAnnotations(annotationFilter(args));
    if (ctx.json) ctx.printJson(list);
    else ctx.line(formatAnnotationList(list));
    return EXIT.ok;
  },
};

export const historyCommand: CommandSpec = {
  name: 'history',
  args: 'ANNOTATION_ID',
  summary: 'show how a highlight changed over time, oldest first',
  example: 'assay history 3f1c9a0e-5b7d-4c1e-9a2f-6d8e0b1c2a3f',
  options: {},
  positionals: { min: 1, max: 1 },
  async run(ctx, args) {
    const id = nonEmpty(positional(args, 0), 'the annotation ID').trim();
    const entries = await (await ctx.open()).getAnnotationHistory({ id });
    if (ctx.json) ctx.printJson(entries);
    else ctx.line(formatHistory(id, entries));
    return EXIT.ok;
  },
};
