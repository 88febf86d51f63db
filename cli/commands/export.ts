// `assay export`: annotations as a Markdown report, CSV or W3C Web Annotation JSON, written
// byte for byte to stdout or to --out FILE.
import { writeFileSync } from 'node:fs';
import type { ExportFormat } from '../../api/types.js';
import { stringOption, type CommandSpec } from '../args.js';
import { CliError, EXIT } from '../errors.js';
import { ANNOTATION_FILTER_OPTIONS, annotationFilter } from '../filters.js';
import { plural } from '../format/text.js';

const FORMATS: readonly ExportFormat[] = ['md', 'csv', 'json', 'ach-csv'];
const GROUPS = ['tag', 'document'] as const;

export const exportCommand: CommandSpec = {
  name: 'export',
  args: '',
  summary: 'export highlights as a Markdown report, CSV or W3C Web Annotation JSON',
  example: 'assay export --format md --tag logistics --group-by document --out report.md',
  options: {
    format: { type: 'string', value: 'md|csv|json|ach-csv', description: 'output format (default md; ach-csv: the ACH matrix for a spreadsheet)' },
    'group-by': { type: 'string', value: 'tag|document', description: 'Markdown only: group by tag (default) or by document' },
    out: { type: 'string', value: 'FILE', description: 'write to FILE instead of stdout' },
    ...ANNOTATION_FILTER_OPTIONS,
  },
  positionals: { min: 0, max: 0 },
  async run(ctx, args) {
    const formatText = (stringOption(args, 'format') ?? 'md').toLowerCase();
    const format = FORMATS.find((f) => f === formatText);
    if (!format) throw new CliError(`--format must be one of ${FORMATS.join(', ')}, not '${formatText}'.`);
    const groupText = stringOption(args, 'group-by');
    const groupBy = groupText === undefined ? undefined : GROUPS.find((g) => g === groupText.toLowerCase());
    if (groupText !== undefined && !groupBy) throw new CliError(`--group-by must be tag or document, not '${groupText}'.`);
    if (groupBy && format !== 'md') throw new CliError('--group-by applies only to --format md.');
    const filter = annotationFilter(args);
    const out = stringOption(args, 'out');
    // The brief writes times in this machine's zone, as the analyst reads a clock here.
    const timeZone = format === 'md' ? Intl.DateTimeFormat().resolvedOptions().timeZone : undefined;
    const output = await (await ctx.open()).exportAnnotations({ format, filter, ...(groupBy ? { groupBy } : {}), ...(timeZone ? { timeZone } : {}) });
    if (out === undefined) {
      if (ctx.json) ctx.printJson(output);
      else ctx.write(output.content);
      return EXIT.ok;
    }
    try {
      writeFileSync(out, output.content);
    } catch (error) {
      throw new CliError(`cannot write ${out}: ${(error as Error).message}`);
    }
    if (ctx.json) ctx.printJson({ path: out, format, annotationCount: output.annotationCount });
    ctx.note(`Wrote ${plural(output.annotationCount, 'annotation')} to ${out}`);
    return EXIT.ok;
  },
};
