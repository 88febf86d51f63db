// Reads a PDF's document information (Title, Author, CreationDate…) into the store's fields,
// leaving out what tools write on their own: "Microsoft Word - x.docx", "Untitled", user names.

/** The info dictionary as pdfjs returns it; any field may be missing or not a string. */
export type PdfInfo = Record<string, unknown>;

export interface PdfFields {
  title: string | null;
  author: string | null;
  date: string | null;
  meta: Record<string, string | null>;
}

// A PDF date: D:YYYYMMDDHHmmSSOHH'mm' where everything after the year is optional and O is
// + - or Z. Writers get the apostrophes wrong often ("Z'", "+03'00", "+0300"), so they are loose.
const PDF_DATE = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:\s*(Z|[+-])\s*(?:(\d{2})'?\s*(\d{2})?'?)?)?'?$/;

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A PDF date as the store keeps dates: 'YYYY-MM-DDTHH:MM:SSZ' when the time and its zone are
 * stated, the day alone when they are not (the writer's zone is unknown), else null.
 */
export function parsePdfDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = PDF_DATE.exec(value.trim());
  if (!m) return null;
  const [, y = '', mo, d, hh, mm, ss, sign, zh, zm] = m;
  const year = Number(y);
  const month = Number(mo ?? 1);
  const day = Number(d ?? 1);
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  // A year or a month alone does not name a day: the store has no form for it.
  if (mo === undefined || d === undefined) return null;
  const dayString = `${y}-${two(month)}-${two(day)}`;
  const hour = Number(hh ?? 0);
  const minute = Number(mm ?? 0);
  const second = Number(ss ?? 0);
  if (hh === undefined || sign === undefined || hour > 23 || minute > 59 || second > 59) return dayString;
  const offsetMinutes = sign === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(zh ?? 0) * 60 + Number(zm ?? 0));
  if (Math.abs(offsetMinutes) > 14 * 60) return dayString;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // Stray NULs, controls and BOMs survive from UTF-16 strings that a writer padded or mis-declared.
  const cleaned = value
    .replace(/\p{Cc}|\uFEFF/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned || null;
}

const FILE_NAME = /\.(?:docx?|dotx?|odt|rtf|pdf|pptx?|xlsx?|indd|qxd|tex|dvi|txt|html?|pages|wpd|ps|eps|cdr|ai|jpe?g|png|tiff?)$/i;
const TOOL_PREFIX = /^(?:Microsoft (?:Word|PowerPoint|Excel|Office Word)|Microsoft Word|Word|PowerPoint|Print|Printing|Printed)\s*-\s*/i;
const PLACEHOLDER =
  /^(?:untitled(?:\s*document)?(?:\s*\d+)?|no title|title|document\s*\d*|doc\s*\d*|slide\s*\d+|presentation\d*|безымянный|без названия|новый документ|microsoft word|pdf|none|null|unknown|\d+|[^\p{L}\p{N}]+)$/iu;

/** The stated title, unless it is a tool's stand-in: a file name, "Untitled", "Microsoft Word - …". */
export function usableTitle(value: unknown): string | null {
  const title = text(value);
  if (!title) return null;
  if (TOOL_PREFIX.test(title) || FILE_NAME.test(title) || PLACEHOLDER.test(title)) return null;
  // A path or a temporary name ("C:\Users\…", "~WRL0001.tmp") is not a headline either.
  if (/^[a-z]:\\|^\/|^~|\.tmp$/i.test(title)) return null;
  return title;
}

// Account names that office software copies into Author when nobody set one.
const MACHINE_AUTHORS =
  /^(?:admin(?:istrator)?|user\d*|owner|author|unknown|default|guest|pc|windows user|microsoft office user|администратор|пользователь|користувач)$/iu;

export function usableAuthor(value: unknown): string | null {
  const author = text(value);
  if (!author || MACHINE_AUTHORS.test(author) || PLACEHOLDER.test(author)) return null;
  return author;
}

/** The fields a PDF's info dictionary (and XMP, where the dictionary is silent) give the store. */
export function pdfFields(info: PdfInfo, xmp: (name: string) => unknown = () => null): PdfFields {
  const rawDate = text(info.CreationDate) ?? text(xmp('xmp:createdate'));
  const date = parsePdfDate(rawDate) ?? parseIsoDay(rawDate);
  const xmpTitle = xmp('dc:title');
  return {
    title: usableTitle(info.Title) ?? usableTitle(xmpTitle),
    author: usableAuthor(info.Author) ?? usableAuthor(xmp('dc:creator')),
    date,
    meta: {
      subject: text(info.Subject),
      keywords: text(info.Keywords),
      producer: text(info.Producer),
      creator_tool: text(info.Creator),
      modified: parsePdfDate(info.ModDate),
      date_raw: rawDate && !date ? rawDate : null,
    },
  };
}

// XMP dates are ISO 8601: keep the day, or the instant when a zone is given.
function parseIsoDay(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, hh, mm, ss = '00', zone] = m;
  const pdfDate = `D:${y}${mo}${d}${hh ?? ''}${mm ?? ''}${hh ? ss : ''}${zone ? zone.replace(':', "'") + "'" : ''}`;
  return parsePdfDate(pdfDate);
}
