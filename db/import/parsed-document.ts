// The shape every import format produces: one normalised document ready for the store, or a
// one-line reason a person can act on when a file cannot be imported.

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
}

export type ParseOutcome = { ok: true; documents: ParsedDocument[] } | { ok: false; reason: string };

export function failure(reason: string): ParseOutcome {
  return { ok: false, reason };
}
