// Recognises the lines that sit above a headline in copied web articles — bylines, dates and
// date ranges, share buttons, "No time to read?" — so the title finder can step over them.
import { parseDate } from './parse-date.js';

const MONTH_WORDS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|' +
  'январ\\p{L}*|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[яй]|июн\\p{L}*|июл\\p{L}*|август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*';
const DATE_NOISE = new RegExp(
  `(?<!\\p{L})(?:${MONTH_WORDS}|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|` +
    'updated?|published|posted|last|modified|on|at|am|pm|a\\.m|p\\.m|gmt|utc|[ecmp][sd]t|et|bst|cet|cest|msk|г|года)(?!\\p{L})',
  'giu',
);

/** True when every word of the text is a month, weekday, zone or a word like "updated" or "on". */
export function isDateWords(text: string): boolean {
  const rest = text.replace(DATE_NOISE, ' ').replace(/\d+(?:st|nd|rd|th)?/g, ' ');
  return !/\p{L}/u.test(rest);
}

/** "March 6, 2022", "February 28 – March 6, 2022", "Updated 10:30 GMT, 6 Mar 2022", "2022-03-06". */
export function isDateLine(line: string): boolean {
  if (!/\d/.test(line) || line.length > 80) return false;
  return isDateWords(line);
}

/** "3 hours ago", "5 min read". */
function isTimeNote(line: string): boolean {
  return /^\d+\s+(?:min(?:ute)?s?|hours?|days?)\s+(?:read|ago)$/i.test(line);
}

const BYLINE_START = /^(?:by|written by|posted by|words by|reporting by|от|автор|von|par)(?!\p{L}):?\s*/iu;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|and|&|и|de|van|von|der|la|le|bin|al|staff|reporter|correspondent)$/u;

/** The author's name when the line is a byline ("By Jane Doe"), '' for a bare "by", else null. */
export function bylineAuthor(line: string): string | null {
  const start = BYLINE_START.exec(line);
  if (!start) return null;
  // "By Jane Doe | March 6, 2022" and "By Jane Doe, Reuters": the name ends at the separator.
  const rest = line.slice(start[0].length).split(/\s+[|·•—–]\s+/)[0] ?? '';
  const name = rest.trim();
  if (!name) return '';
  const words = name
    .replace(/,/g, ' , ')
    .split(/\s+/)
    .filter((w) => w && w !== ',');
  if (words.length > 8 || !words.every((w) => NAME_WORD.test(w))) return null;
  return name.replace(/[\s,]+$/, '');
}

// Whole lines of page chrome copied with articles (compared lower-cased, without leading emoji).
const BOILERPLATE = new Set([
  'no time to read?',
  'get a summary',
  'listen',
  'listen to this article',
  'share',
  'share this article',
  'share this',
  'tweet',
  'email',
  'print',
  'copy link',
  'advertisement',
  'advertising',
  'skip to content',
  'skip to main content',
  'subscribe',
  'sign in',
  'log in',
  'menu',
  'search',
  'follow',
  'read more',
  'comments',
  'related',
  'story continues below advertisement',
  'поделиться',
  'реклама',
]);
const BOILERPLATE_PATTERNS = [
  /^voice is ai-generated\b/i,
  /^this (?:article|story) is more than \d+ \w+ old\b/i,
  /^(?:photo|image|credit|фото)\s*:/i,
  /^(?:https?:\/\/|www\.)\S+$/i,
];

export function isBoilerplate(line: string): boolean {
  const plain = line
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .trim()
    .toLowerCase();
  if (!plain) return true;
  return BOILERPLATE.has(plain) || BOILERPLATE_PATTERNS.some((p) => p.test(plain)) || isTimeNote(plain);
}

/** A line with no letters at all ("***", "—", "12") cannot be a headline. */
export function hasNoWords(line: string): boolean {
  return !/\p{L}{2}/u.test(line);
}

/** A single date on a header line, normalised, when the line names exactly one day. */
export function headerDate(line: string): string | null {
  const cleaned = line.replace(/^(?:updated|published|posted)\s*:?\s*/i, '').replace(/,?\s+(?:at\s+)?\d{1,2}:\d{2}.*$/, '');
  return parseDate(cleaned);
}
