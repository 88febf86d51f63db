// importPaths over the web host reads files on this machine for whoever holds the token, so it may
// read only inside the folders `assay serve --allow DIR` named. Paths are judged by their real path
// (symbolic links resolved), and named folders are walked as the import will walk them, so a link
// inside an allowed folder cannot lead outside it. That check answers early and plainly; the import
// itself is then confined to the same folders as it opens each file (confinedDispatch), so a file
// swapped for a link after the check is not read. The desktop app and the CLI are not limited here.
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { confineReads } from '../db/import/read-confinement.js';
import { walkPaths } from '../db/import/walk-paths.js';
import type { Dispatch } from './api-routes.js';
import type { Refusal } from './http-reply.js';

const UPLOAD_HINT = 'or use Import in the browser, which uploads the files instead';

/** Checks the paths of one importPaths call: null lets it through, else the refusal. */
export type ImportPathsCheck = (input: unknown) => Refusal | null;

function realPath(path: string | Buffer): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/** Where a path that does not exist (yet) would be: its nearest existing folder's real path, plus the rest. */
function intendedPath(path: string): string {
  const absolute = resolve(path);
  const parent = dirname(absolute);
  if (parent === absolute) return absolute;
  return join(realPath(parent) ?? intendedPath(parent), basename(absolute));
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function refusal(message: string): Refusal {
  return { status: 403, message };
}

function pathsOf(input: unknown): string[] | null {
  const paths = typeof input === 'object' && input !== null ? (input as { paths?: unknown }).paths : undefined;
  return Array.isArray(paths) && paths.every((path) => typeof path === 'string') ? paths : null;
}

/**
 * The real paths of the allowed folders. Throws if one is not an existing folder, so a typo in
 * `--allow` stops the host at start-up instead of refusing every import later.
 */
export function resolveImportRoots(folders: readonly string[]): string[] {
  return folders.map((folder) => {
    const real = realPath(folder);
    if (real === null) throw new Error(`the folder to allow imports from does not exist: ${folder}`);
    return real;
  });
}

/** The check for a host whose importPaths may read only under `roots` (real paths; none: never). */
export function importPathsCheck(roots: readonly string[]): ImportPathsCheck {
  const allowed = (path: string): boolean => roots.some((root) => isInside(root, path));
  return (input) => {
    if (roots.length === 0) {
      return refusal(`Import from paths is off: assay serve was started without --allow — restart it with --allow FOLDER, ${UPLOAD_HINT}`);
    }
    const paths = pathsOf(input);
    if (paths === null) return null; // not a list of paths: the contract's input check refuses it
    const outside = (path: string): Refusal =>
      refusal(`Import refused for ${path}: assay serve was started without --allow for its folder — restart it with --allow FOLDER, ${UPLOAD_HINT}`);
    for (const path of paths) {
      // A missing path is judged by where it would be, so the answer does not tell what exists elsewhere.
      if (!allowed(realPath(path) ?? intendedPath(path))) return outside(path);
    }
    for (const entry of walkPaths(paths)) {
      // A name that is not UTF-8 is judged by its exact bytes, the file the import will read.
      const real = realPath('fsPath' in entry && entry.fsPath ? entry.fsPath : entry.path);
      if (real !== null && !allowed(real)) return outside(entry.path);
    }
    return null;
  };
}

/** `dispatch` with every file importPaths opens checked, on the open descriptor, to lie under `roots` (real paths). */
export function confinedDispatch(roots: readonly string[], dispatch: Dispatch): Dispatch {
  return (method, input, onBug) => (method === 'importPaths' ? confineReads(roots, () => dispatch(method, input, onBug)) : dispatch(method, input, onBug));
}
