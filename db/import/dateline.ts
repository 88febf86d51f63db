// Reads a dateline near the top of a text — "Meridian Press — 12 March 2026, 11:20 UTC",
// "ДравПресс, 12 марта 2026, 06:45" — into the name of the source and the day or instant.
import { bylineAuthor, isDateLine, isDateWords } from './header-lines.js';
import { parseDate } from './parse-date.js';

export interface Dateline {
  /** The publisher, agency or series named before the separator. */
  source: string;
  /** Normalised by parseDate; null for a line that names the source and an issue but no day. */
  date: string | null;
}

const MAX_LINE_CHARS = 160;
const MAX_NAME_WORDS = 8;
// The name ends at the first spaced dash; only a line without one is split at its first comma.
const DASH_SEPARATOR = /\s[—–-]\s/u;
const COMMA_SEPARATOR = /,\s/u;
// Characters that a headline, a wire dateline ("VELGRAD, March 12 (Meridian) –") or a list of
// fields carries but the name of a publisher does not.
const NOT_IN_NAME = /[|·•:;()[\]?!]/u;
// "… Bulletin No. 2026/11", "… № 12", "… Issue 7": an issue number closing the name.
const TRAILING_ISSUE = /\s+(?:No\.?|Nr\.?|№|#|Issue|Vol\.?)\s*\d[\d/.-]*$/iu;
// "Policy Brief 4/2026", "Note KGA-2026-031", "No. 2026/11": a short label and a dated issue id.
const ISSUE_DESIGNATION = /^(?:\p{L}[\p{L}.]*\s+){0,3}(?:№\s*)?([\p{L}\d][\p{L}\d/.-]*)$/u;

function validName(name: string): boolean {
  if (name.length < 2 || name.length > 80 || !/^\p{L}/u.test(name)) return false;
  if (/[.,]$/.test(name) || NOT_IN_NAME.test(name)) return false;
  if (name.split(/\s+/).length > MAX_NAME_WORDS) return false;
  // "Tuesday, 12 March 2026", "Updated — 6 Mar 2022", "By Jane Doe, 12 March 2026".
  return !isDateWords(name) && bylineAuthor(name) === null;
}

function sourceName(raw: string): string | null {
  const name = raw.trim();
  const withoutIssue = name.replace(TRAILING_ISSUE, '');
  if (withoutIssue !== name && validName(withoutIssue)) return withoutIssue;
  return validName(name) ? name : null;
}

/** The longest run of comma- or dash-separated pieces that is a date and nothing else. */
function dateWithin(rest: string): string | null {
  const pieces = rest.split(/,\s+|\s+[—–-]\s+/u).filter(Boolean);
  for (let length = pieces.length; length >= 1; length -= 1) {
    for (let start = 0; start + length <= pieces.length; start += 1) {
      const candidate = pieces.slice(start, start + length).join(', ');
      if (!isDateLine(candidate)) continue;
      const date = parseDate(candidate);
      if (date) return date;
    }
  }
  return null;
}

function isIssueDesignation(rest: string): boolean {
  const id = ISSUE_DESIGNATION.exec(rest)?.[1];
  if (!id) return false;
  // The id carries a year and is more than the year: "4/2026", "KGA-2026-031", not "2026".
  return /(?<!\d)(?:19|20)\d{2}(?!\d)/.test(id) && /\d[/.-]\d|\p{L}-?\d/u.test(id);
}

/** The source and date of a dateline, or null when the line is anything else. */
export function readDateline(line: string): Dateline | null {
  const flat = line.replace(/\s+/g, ' ').trim();
  if (flat.length > MAX_LINE_CHARS || isDateLine(flat)) return null;
  const cut = DASH_SEPARATOR.exec(flat) ?? COMMA_SEPARATOR.exec(flat);
  if (!cut) return null;
  const source = sourceName(flat.slice(0, cut.index));
  if (!source) return null;
  const rest = flat.slice(cut.index + cut[0].length).trim();
  const date = dateWithin(rest);
  if (date) return { source, date };
  return isIssueDesignation(rest) ? { source, date: null } : null;
}
