// The shape every import format produces: one normalised document ready for the store, or a
// one-line reason a person can act on when a file cannot be imported.

/** The kinds of block a document's body is made of; the reader renders each as its kind. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote' | 'table-row' | 'preformatted';

/** A block as a parser produces it: its own text, before the body is assembled. */
export interface TextBlock {
  kind: BlockKind;
  text: string;
  /** Heading level 1–6, or list nesting depth from 1. */
  level?: number;
  /** 1-based page the block starts on (paged formats: PDF). */
  page?: number;
  /** Line breaks between this block and the one before: 1 (same group, e.g. list items) or 2 (default). */
  gap?: 1 | 2;
}

/** A block of the stored body: [start, end) offsets into it, in UTF-16 code units. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  level?: number;
}

/** Where each page of a paged document starts in the body (page numbers are 1-based). */
export interface PageStart {
  page: number;
  start: number;
}

export interface ParsedDocument {
  /** The real headline; never empty (falls back to the file name without extension). */
  title: string;
  /** Normalised text (see normalise-text.ts); annotation offsets index into this. */
  body: string;
  /** Publication, site name or mailing list, if known. */
  source: string | null;
  author: string | null;
  url: string | null;
  /** 'YYYY-MM-DD' when only a day is known, else 'YYYY-MM-DDTHH:MM:SSZ'; null if unknown. */
  date: string | null;
  /** ISO 639-1 code, or 'und'. */
  language: string;
  /** Anything else worth keeping: e-mail recipients, Message-ID, the encoding when not UTF-8… */
  meta: Record<string, string>;
  /** The file path; `path#3` for the third line of a JSONL file or item of a JSON array. */
  origin: string;
  /** The body's block structure, in order, covering every non-blank part of it (empty if unknown). */
  blocks: Block[];
  /** Page starts for paged formats (PDF); empty otherwise. */
  pages: PageStart[];
  /** For a document that came out of another (an e-mail attachment): the parent's origin. */
  parentOrigin?: string;
}

/** A part of a file that could not be imported while the rest was: a message of a mailbox, an attachment. */
export interface PartFailure {
  /** `box.mbox#12`, `mail.eml#attachment:report.pdf`. */
  origin: string;
  reason: string;
}

export type ParseOutcome = { ok: true; documents: ParsedDocument[]; failures?: PartFailure[] } | { ok: false; reason: string };

export function failure(reason: string): ParseOutcome {
  return { ok: false, reason };
}
