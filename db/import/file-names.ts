// File names that are not valid UTF-8 (written by old Windows or Linux tools in a legacy code
// page). JavaScript strings cannot hold them, so Node shows each bad byte as U+FFFD and that string
// names no file. Assay keeps the exact name as bytes to read the file and shows the U+FFFD form.
import { readdirSync } from 'node:fs';
import { isAbsolute, join, resolve, sep } from 'node:path';

/** A path as the file system knows it: a string, or the exact bytes when the name is not UTF-8. */
export type FsPath = string | Buffer;

/** The name as shown to the analyst: invalid bytes become U+FFFD. */
export function shownName(name: Buffer): string {
  return name.toString('utf8');
}

/** True when the bytes survive a round trip through a JavaScript string. */
export function isUtf8Name(name: Buffer): boolean {
  return Buffer.from(name.toString('utf8'), 'utf8').equals(name);
}

/** `folder` + separator + `name`, as a string when both are valid UTF-8, else as bytes. */
export function joinName(folder: FsPath, name: Buffer): FsPath {
  if (typeof folder === 'string' && isUtf8Name(name)) return join(folder, shownName(name));
  const head = typeof folder === 'string' ? Buffer.from(folder, 'utf8') : folder;
  const needsSep = head.length > 0 && head[head.length - 1] !== sep.charCodeAt(0);
  return Buffer.concat([head, ...(needsSep ? [Buffer.from(sep)] : []), name]);
}

function namesIn(folder: FsPath): Buffer[] {
  try {
    return readdirSync(folder, { encoding: 'buffer' });
  } catch {
    return [];
  }
}

/**
 * For a typed or passed path holding U+FFFD (a name that was not UTF-8, lossily decoded on the way
 * in), the one path on disk it can stand for, as bytes; null when none or more than one match.
 */
export function findExactPath(path: string): Buffer | null {
  if (!path.includes('\uFFFD')) return null;
  const absolute = isAbsolute(path) ? path : resolve(path);
  let current: FsPath = sep;
  for (const part of absolute.split(sep).filter(Boolean)) {
    if (!part.includes('\uFFFD')) {
      current = joinName(current, Buffer.from(part, 'utf8'));
      continue;
    }
    const matches = namesIn(current).filter((name) => shownName(name) === part);
    if (matches.length !== 1) return null;
    current = joinName(current, matches[0] as Buffer);
  }
  return typeof current === 'string' ? null : current;
}
