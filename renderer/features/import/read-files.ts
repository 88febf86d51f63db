// Browser-side file reading for import: picked or dropped files (folders walked recursively)
// with their relative paths, and each file's bytes as base64 for importFiles.
import { isImportable } from '../../lib/import-batches.js';

export interface PickedFile {
  file: File;
  /** The name sent to the core: the path inside a picked folder, else the file name. */
  path: string;
  name: string;
  size: number;
}

export function picked(file: File): PickedFile {
  const path = file.webkitRelativePath || file.name;
  return { file, path, name: path, size: file.size };
}

/** Files from an <input type=file>; a folder pick keeps only files Assay can import. */
export function fromFileList(list: FileList | null, fromFolder: boolean): { files: PickedFile[]; skipped: number } {
  const all = Array.from(list ?? [], picked);
  if (!fromFolder) return { files: all, skipped: 0 };
  const files = all.filter((f) => isImportable(f.path));
  return { files, skipped: all.length - files.length };
}

export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function walk(entry: FileSystemEntry, prefix: string, out: PickedFile[], skipped: { count: number }): Promise<void> {
  const path = prefix ? `${prefix}/${entry.name}` : entry.name;
  if (entry.isFile) {
    if (prefix && !isImportable(path)) {
      skipped.count += 1;
      return;
    }
    const file = await entryFile(entry as FileSystemFileEntry);
    out.push({ file, path, name: path, size: file.size });
  } else if (entry.isDirectory && !(prefix && entry.name.startsWith('.'))) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // readEntries answers in chunks until it returns none.
    for (let chunk = await readEntries(reader); chunk.length > 0; chunk = await readEntries(reader)) {
      for (const child of chunk) await walk(child, path, out, skipped);
    }
  }
}

/** Files and folders dropped on the window, folders walked recursively. */
export async function fromDataTransfer(data: DataTransfer): Promise<{ files: PickedFile[]; skipped: number }> {
  const entries = Array.from(data.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry())
    .filter((entry): entry is FileSystemEntry => entry !== null);
  if (entries.length === 0) return { files: Array.from(data.files, picked), skipped: 0 };
  const out: PickedFile[] = [];
  const skipped = { count: 0 };
  for (const entry of entries) await walk(entry, '', out, skipped);
  return { files: out, skipped: skipped.count };
}
