// `assay import` (documents from files, folders or the sample corpus) and `assay import-annotations`
// (a W3C annotation collection). Both import everything they can and exit 2 if anything was left out.
import { readFileSync } from 'node:fs';
import type { AnnotationImportReport, ImportReport } from '../../api/types.js';
import { booleanOption, positional, stringOption, type CommandSpec } from '../args.js';
import { CliError, EXIT } from '../errors.js';
import { quoted } from '../format/text.js';
import { createProgress } from '../progress.js';

export function formatImportReport(report: ImportReport): string {
  const lines = [`Added ${report.added.length}, duplicates ${report.duplicates.length}, failed ${report.failed.length}`];
  for (const d of report.duplicates) lines.push(`duplicate: ${d.origin} (already #${d.existingId})`);
  for (const f of report.failed) lines.push(`failed: ${f.origin} — ${f.reason}`);
  return lines.join('\n');
}

export const importCommand: CommandSpec = {
  name: 'import',
  args: 'PATH...',
  summary: 'import text, HTML, e-mail, JSONL… files or whole folders (or --sample)',
  example: 'assay import ~/cases/kherson/ notes.txt',
  options: {
    sample: { type: 'boolean', description: 'import the sample corpus that ships with Assay instead of PATHs' },
    source: { type: 'string', value: 'NAME', description: 'give every document added the source NAME (e.g. the ministry a folder came from)' },
  },
  positionals: { min: 0, max: Infinity },
  async run(ctx, args) {
    const sample = booleanOption(args, 'sample');
    if (sample && args.positionals.length > 0) throw new CliError('give either PATHs or --sample, not both.', 'import');
    if (!sample && args.positionals.length === 0) throw new CliError("'import' needs PATH... (files or folders) or --sample.", 'import');
    const progress = createProgress();
    const workbench = await ctx.open({ onProgress: (p) => progress.update(p) });
    // Ctrl+C stops after the current batch, keeping what was stored; a second Ctrl+C quits at once.
    const interrupt = (): void => {
      void workbench.cancelImport({});
      ctx.note('assay: stopping after the current batch (what is stored stays); press Ctrl+C again to quit at once');
      process.once('SIGINT', () => process.exit(130));
    };
    process.once('SIGINT', interrupt);
    let report: ImportReport;
    try {
      const source = stringOption(args, 'source');
      if (sample && source !== undefined) throw new CliError('--source applies to PATHs, not --sample.', 'import');
      report = sample ? await workbench.importSample({}) : await workbench.importPaths({ paths: args.positionals, ...(source === undefined ? {} : { source }) });
    } finally {
      process.off('SIGINT', interrupt);
      progress.finish();
    }
    if (ctx.json) ctx.printJson(report);
    else ctx.line(formatImportReport(report));
    if (report.cancelled) {
      ctx.note(
        report.copiesPending
          ? `assay: stopped while looking for copied passages — every file was stored and is searchable; ${report.copiesPending} documents are still to be examined for copies, and the next import examines them.`
          : `assay: stopped — ${report.notReached ?? 0} files were not imported; run the same import again to add them (files already stored count as duplicates).`,
      );
      return EXIT.partial;
    }
    if (report.failed.length === 0) return EXIT.ok;
    const tried = report.added.length + report.duplicates.length + report.failed.length;
    ctx.note(`assay: ${report.failed.length} of ${tried} files could not be imported; the others were.`);
    return EXIT.partial;
  },
};

export function formatAnnotationImport(report: AnnotationImportReport): string {
  const lines = [`Added ${report.added} (${report.reanchored} re-anchored), already present ${report.alreadyPresent}, unanchored ${report.unanchored.length}`];
  if (report.hypothesesAdded + report.ratingsAdded + report.linksAdded > 0) {
    lines.push(`Hypotheses added ${report.hypothesesAdded}, ratings ${report.ratingsAdded}, same-claim links ${report.linksAdded}`);
  }
  for (const u of report.unanchored) lines.push(`unanchored: ${u.id} ${quoted(u.exact, 60)} — ${u.reason}`);
  return lines.join('\n');
}

export const importAnnotationsCommand: CommandSpec = {
  name: 'import-annotations',
  args: 'FILE',
  summary: 'import highlights (and their hypotheses, ratings and same-claim links) from a JSON export; FILE - reads stdin',
  example: "assay import-annotations colleague-notes.json --as 'Olena K.'",
  options: {
    as: { type: 'string', value: 'NAME', description: "whose ratings the file holds: they arrive beside yours under this name (default 'Imported')" },
  },
  positionals: { min: 1, max: 1 },
  async run(ctx, args) {
    const file = positional(args, 0);
    let content: string;
    try {
      content = readFileSync(file === '-' ? 0 : file, 'utf8');
    } catch (error) {
      throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    }
    const rater = stringOption(args, 'as');
    const report = await (await ctx.open()).importAnnotations({ content, ...(rater === undefined ? {} : { rater }) });
    if (ctx.json) ctx.printJson(report);
    else ctx.line(formatAnnotationImport(report));
    if (report.unanchored.length === 0) return EXIT.ok;
    ctx.note(`assay: ${report.unanchored.length} annotations could not be anchored and were not added.`);
    return EXIT.partial;
  },
};
