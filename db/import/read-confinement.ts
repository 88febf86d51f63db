// Confines the files one import may read to named folders, judged on the file actually opened:
// a door that names folders (the web host's `--allow`) runs its import inside confineReads, and
// openForImport checks the real path of the open file descriptor. A check of the path made before
// the import (server/import-roots.ts) cannot see a file swapped for a symbolic link after it.
import { AsyncLocalStorage } from 'node:async_hooks';
import { constants } from 'node:fs';
import { lstat, open, readlink, realpath, type FileHandle } from 'node:fs/promises';
import { sep } from 'node:path';

/** The roots as given, and as byte prefixes ending in a separator, to compare real paths with. */
interface Confinement {
  roots: readonly string[];
  prefixes: readonly Buffer[];
}

const confinement = new AsyncLocalStorage<Confinement>();

/** Runs `work` so that every file an import in it opens must lie under one of `roots` (real paths of folders). */
export function confineReads<T>(roots: readonly string[], work: () => Promise<T>): Promise<T> {
  const prefixes = roots.map((root) => Buffer.from(root.endsWith(sep) ? root : `${root}${sep}`));
  return confinement.run({ roots: [...roots], prefixes }, work);
}

/** The roots reads are confined to here, to hand on to a worker thread (which does not inherit them); undefined: not confined. */
export function currentReadRoots(): string[] | undefined {
  const current = confinement.getStore();
  return current ? [...current.roots] : undefined;
}

/** Why a file was not read: its real path, once opened, is outside the folders the import may read. */
export class OutsideReadRoots extends Error {
  constructor() {
    super('not read: the file it names is outside the folders this import may read from (through a symbolic link, or swapped for one)');
    this.name = 'OutsideReadRoots';
  }
}

// Linux names the very file a descriptor holds; elsewhere the name's real path is trusted only if
// it still leads to the file opened (same device and inode), so a swap after the open is caught.
async function openedRealPath(handle: FileHandle, path: string | Buffer): Promise<Buffer | null> {
  if (process.platform === 'linux') {
    try {
      return await readlink(`/proc/self/fd/${handle.fd}`, { encoding: 'buffer' });
    } catch {
      // /proc not mounted: fall through to the portable check.
    }
  }
  const real = await realpath(path, { encoding: 'buffer' });
  const [opened, named] = await Promise.all([handle.stat(), lstat(real)]);
  return opened.dev === named.dev && opened.ino === named.ino ? real : null;
}

function isUnder(path: Buffer, roots: readonly Buffer[]): boolean {
  const withSep = Buffer.concat([path, Buffer.from(sep)]);
  return roots.some((root) => withSep.subarray(0, root.length).equals(root));
}

/**
 * Opens a file to import, read-only. O_NONBLOCK: a pipe (FIFO) opens at once, to be refused as not
 * a regular file, instead of waiting for a writer. Inside confineReads the opened file must lie
 * under the roots, else it is closed and OutsideReadRoots thrown.
 */
export async function openForImport(path: string | Buffer): Promise<FileHandle> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  const current = confinement.getStore();
  if (current === undefined) return handle;
  try {
    const real = await openedRealPath(handle, path);
    if (real !== null && isUnder(real, current.prefixes)) return handle;
  } catch {
    // No real path to judge by: not read.
  }
  await handle.close();
  throw new OutsideReadRoots();
}
