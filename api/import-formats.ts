// The file extensions Assay imports, declared once: the core maps each to its parser (the type
// makes that table complete), the UI's file picker and drag and drop accept exactly these, and the
// desktop shell's open dialog filters by them. Files with other names are sniffed by content.
export const IMPORT_EXTENSIONS = [
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.json',
  '.jsonl',
  '.eml',
  '.mbox',
  '.msg',
  '.docx',
  '.odt',
  '.epub',
  '.rtf',
  '.pdf',
] as const;
export type ImportExtension = (typeof IMPORT_EXTENSIONS)[number];
