// Expands the files and folders an analyst names into the files to import, in a stable order.
// Follows symbolic links but remembers the real path of every folder it enters, so a link back
// to a parent cannot loop, and a file reached twice is listed once.
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';

export type WalkEntry = { path: string } | { path: string; error: string };

function reasonFor(error: unknown, linked: boolean): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return linked ? 'broken link (its target does not exist)' : 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'unreadable: permission denied';
  if (code === 'ELOOP') return 'unreadable: too many levels of symbolic links';
  return `unreadable: ${code ?? (error instanceof Error ? error.message : String(error))}`;
}

// Code-unit order: the same on every machine and locale.
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

class Walker {
  readonly entries: WalkEntry[] = [];
  private readonly seenFolders = new Set<string>();
  private readonly seenFiles = new Set<string>();

  visit(path: string, insideFolder: boolean): void {
    let info: Stats;
    try {
      info = statSync(path);
    } catch (error) {
      const linked = isLink(path);
      this.entries.push({ path, error: reasonFor(error, linked) });
      return;
    }
    if (info.isDirectory()) this.folder(path, insideFolder);
    else if (info.isFile()) this.file(path);
    else this.entries.push({ path, error: 'not a regular file (a device, pipe or socket)' });
  }

  private file(path: string): void {
    const real = safeRealpath(path);
    if (this.seenFiles.has(real)) return;
    this.seenFiles.add(real);
    this.entries.push({ path });
  }

  private folder(path: string, insideFolder: boolean): void {
    const real = safeRealpath(path);
    if (this.seenFolders.has(real)) return;
    this.seenFolders.add(real);
    let names: string[];
    try {
      names = readdirSync(path).sort(byName);
    } catch (error) {
      this.entries.push({ path, error: reasonFor(error, false) });
      return;
    }
    const before = this.entries.length;
    for (const name of names) {
      // Hidden files and folders (.git, .DS_Store) are never documents.
      if (name.startsWith('.')) continue;
      this.visit(join(path, name), true);
    }
    if (!insideFolder && this.entries.length === before) {
      this.entries.push({ path, error: 'folder holds no files to import' });
    }
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
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
