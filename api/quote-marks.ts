// Quoting a passage for display: “…” around it, unless the passage already carries its own
// marks at both ends (a quotation highlighted with its quote marks), which would show ““…””.
// Pure and shared by every door: the notes panel, the ACH views, the brief and the CLI.

const OPENS = /^["“”„«»‘’‚'‹›「『]/;
const CLOSES = /["“”«»‘’'‹›」』][.,;:!?…)\]]*$/;

/** True when the text opens and closes with quote marks of its own. */
export function hasOwnQuoteMarks(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length >= 2 && OPENS.test(trimmed) && CLOSES.test(trimmed);
}

/** “text”, or the text as it is when it is already in quote marks. */
export function inQuotes(text: string): string {
  return hasOwnQuoteMarks(text) ? text.trim() : `“${text.trim()}”`;
}
