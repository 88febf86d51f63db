// Plans how picked files go to importFiles: batches of at most `maxFiles` files or `maxBytes`
// bytes (a single bigger file goes alone), and which picked files Assay can read at all. Pure.
import { IMPORT_EXTENSIONS } from '../../api/import-formats.js';

export const ACCEPTED_EXTENSIONS = IMPORT_EXTENSIONS;
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.join(',');

export interface Sized {
  name: string;
  size: number;
}

export function planBatches<T extends Sized>(files: readonly T[], maxFiles = 20, maxBytes = 20 * 1024 * 1024): T[][] {
  const batches: T[][] = [];
  let batch: T[] = [];
  let bytes = 0;
  for (const file of files) {
    if (batch.length > 0 && (batch.length >= maxFiles || bytes + file.size > maxBytes)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(file);
    bytes += file.size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** A file picked inside a folder is skipped when hidden or of a type Assay does not import. */
export function isImportable(path: string): boolean {
  const parts = path.split(/[\\/]/);
  if (parts.some((part) => part.startsWith('.') && part.length > 1)) return false;
  const name = (parts[parts.length - 1] ?? '').toLowerCase();
  return ACCEPTED_EXTENSIONS.some((ext) => name.endsWith(ext));
}
