// Expands the files and folders an analyst names into the files to import, in a stable order.
// Follows symbolic links but remembers the real path of every folder it enters, so a link back
// to a parent cannot loop, and a file reached twice is listed once. A name that is not valid
// UTF-8 is kept as bytes (fsPath) so the file can still be read (see file-names.ts).
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { findExactPath, joinName, shownName, type FsPath } from './file-names.js';

/** `path` is shown to the analyst; `fsPath`, when present, is the exact name to read (not UTF-8). */
export type WalkEntry = { path: string; fsPath?: Buffer } | { path: string; error: string };

const NOT_UTF8_NAME = 'no single file matches this name, whose bytes are not valid UTF-8 (shown as \uFFFD) — rename the file, or import the folder that holds it';

function reasonFor(error: unknown, linked: boolean): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return linked ? 'broken link (its target does not exist)' : 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'unreadable: permission denied';
  if (code === 'ELOOP') return 'unreadable: too many levels of symbolic links';
  return `unreadable: ${code ?? (error instanceof Error ? error.message : String(error))}`;
}

// Code-unit order: the same on every machine and locale; names shown alike are ordered by their bytes.
function byName(a: Buffer, b: Buffer): number {
  const x = shownName(a);
  const y = shownName(b);
  return x < y ? -1 : x > y ? 1 : Buffer.compare(a, b);
}

class Walker {
  readonly entries: WalkEntry[] = [];
  private readonly seenFolders = new Set<string>();
  private readonly seenFiles = new Set<string>();

  visit(path: string, insideFolder: boolean, fsPath: FsPath = path): void {
    let info: Stats;
    try {
      info = statSync(fsPath);
    } catch (error) {
      // A name typed or passed with U+FFFD in it: find the file whose bytes it stands for.
      const exact = typeof fsPath === 'string' ? findExactPath(fsPath) : null;
      if (exact) return this.visit(path, insideFolder, exact);
      const code = (error as NodeJS.ErrnoException | null)?.code;
      const garbled = typeof fsPath === 'string' && fsPath.includes('\uFFFD') && code === 'ENOENT';
      this.entries.push({ path, error: garbled ? NOT_UTF8_NAME : reasonFor(error, isLink(fsPath)) });
      return;
    }
    if (info.isDirectory()) this.folder(path, fsPath, insideFolder);
    else if (info.isFile()) this.file(path, fsPath);
    else this.entries.push({ path, error: 'not a regular file (a device, pipe or socket)' });
  }

  private file(path: string, fsPath: FsPath): void {
    const real = safeRealpath(fsPath);
    if (this.seenFiles.has(real)) return;
    this.seenFiles.add(real);
    this.entries.push(typeof fsPath === 'string' ? { path } : { path, fsPath });
  }

  private folder(path: string, fsPath: FsPath, insideFolder: boolean): void {
    const real = safeRealpath(fsPath);
    if (this.seenFolders.has(real)) return;
    this.seenFolders.add(real);
    let names: Buffer[];
    try {
      names = readdirSync(fsPath, { encoding: 'buffer' }).sort(byName);
    } catch (error) {
      this.entries.push({ path, error: reasonFor(error, false) });
      return;
    }
    const before = this.entries.length;
    for (const name of names) {
      // Hidden files and folders (.git, .DS_Store) are never documents.
      if (name[0] === 0x2e) continue;
      const child = joinName(fsPath, name);
      this.visit(typeof child === 'string' ? child : shownName(child), true, child);
    }
    if (!insideFolder && this.entries.length === before) {
      this.entries.push({ path, error: 'folder holds no files to import' });
    }
  }
}

function isLink(path: FsPath): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

// A key for the seen sets: the real path's bytes (latin1 keeps every byte apart).
function safeRealpath(path: FsPath): string {
  try {
    return realpathSync(path, { encoding: 'buffer' }).toString('latin1');
  } catch {
    return (typeof path === 'string' ? Buffer.from(path, 'utf8') : path).toString('latin1');
  }
}

/**
 * Expands files and folders (recursively) into files to import. Named paths keep the order
 * given; a folder's contents are sorted by name. Hidden names inside folders are skipped;
 * files with no or an unknown extension are listed too: readAndParse tells their format from
 * their content, or reports them as unsupported.
 */
export function walkPaths(paths: string[]): WalkEntry[] {
  const walker = new Walker();
  for (const path of paths) walker.visit(path, false);
  return walker.entries;
}
