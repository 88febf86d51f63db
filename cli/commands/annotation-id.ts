// A highlight named on the command line by its full ID or by any unique prefix of it (as
// `assay annotations` prints them).
import type { Workbench } from '../../db/workbench.js';
import { CliError } from '../errors.js';
import { nonEmpty } from '../validate.js';

export async function annotationId(workbench: Workbench, given: string, command: string): Promise<string> {
  const prefix = nonEmpty(given, 'the annotation ID').trim();
  const ids = (await workbench.listAnnotations({})).map((a) => a.id).filter((id) => id.startsWith(prefix));
  if (ids.includes(prefix)) return prefix;
  if (ids.length === 1) return ids[0] as string;
  if (ids.length === 0) throw new CliError(`no highlight has an ID starting ${prefix}. List them with 'assay annotations'.`, command);
  throw new CliError(`${ids.length} highlights have IDs starting ${prefix}: give more of the ID.`, command);
}
