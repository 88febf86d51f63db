// Turns the many ways documents state a date into one of two forms: 'YYYY-MM-DD' when only the
// day is known, 'YYYY-MM-DDTHH:MM:SSZ' when the time is. Never guesses from the machine's zone.

const MONTHS: Readonly<Record<string, number>> = (() => {
  const table: Record<string, number> = {};
  const english = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  english.forEach((name, i) => {
    table[name] = i + 1;
    table[name.slice(0, 3)] = i + 1;
  });
  table.sept = 9;
  // Russian months in the genitive ("6 марта 2022") and the nominative.
  const russian = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
  russian.forEach((stem, i) => {
    for (const ending of ['', 'ь', 'я', 'а', 'й', 'е']) table[stem + ending] = i + 1;
  });
  return table;
})();

function validDay(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dayString(year: number, month: number, day: number): string | null {
  if (!validDay(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function instantString(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const iso = new Date(ms).toISOString();
  const year = Number(iso.slice(0, 4));
  return year >= 1000 && year <= 2999 ? `${iso.slice(0, 19)}Z` : null;
}

function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

// A time of day after a written date: "…, 11:20 UTC", "… at 10:15:00 +0300", "…, 06:45".
const TIME_TAIL = /^(.+?),?\s+(?:at\s+|в\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(Z|UTC|GMT|UT|[+-]\d{2}:?\d{2}|(?:UTC|GMT)[+-]\d{1,2}(?::?\d{2})?))?$/iu;

/** Minutes east of UTC for 'Z', 'UTC', '+03:00', '+0300', 'UTC+2', 'GMT-05:30'. */
function zoneOffsetMinutes(zone: string): number | null {
  if (/^(?:Z|UTC|GMT|UT)$/i.test(zone)) return 0;
  const m = /^(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?$/i.exec(zone);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

// A written date with a time: an instant when the zone is stated; the day alone when it is not,
// because the local zone of a newsroom is not known (headerDate drops such times the same way).
function parseWordDayTime(text: string): string | null {
  const m = TIME_TAIL.exec(text);
  if (!m) return null;
  const [, datePart = '', hh = '', mm = '', ss = '0', zone] = m;
  const day = parseWordDay(datePart);
  const hour = Number(hh);
  const minute = Number(mm);
  const second = Number(ss);
  if (!day || hour > 23 || minute > 59 || second > 59) return null;
  if (zone === undefined) return day;
  const offset = zoneOffsetMinutes(zone);
  if (offset === null) return null;
  const [y = 0, mo = 0, d = 0] = day.split('-').map(Number);
  return instantString(Date.UTC(y, mo - 1, d, hour, minute, second) - offset * 60_000);
}

// "March 6, 2022", "6 March 2022", "Sun, 6 Mar 2022", "6 марта 2022 г."
function parseWordDay(text: string): string | null {
  const cleaned = text
    .replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, '')
    .replace(/\s*г(?:ода|\.)?$/u, '')
    .trim();
  const monthFirst = /^(\p{L}+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u.exec(cleaned);
  if (monthFirst) {
    const month = monthNumber(monthFirst[1] ?? '');
    return month ? dayString(Number(monthFirst[3]), month, Number(monthFirst[2])) : null;
  }
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}+\.?),?\s+(\d{4})$/u.exec(cleaned);
  if (dayFirst) {
    const month = monthNumber(dayFirst[2] ?? '');
    return month ? dayString(Number(dayFirst[3]), month, Number(dayFirst[1])) : null;
  }
  return null;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// A time without a zone is read as UTC: the stored form is UTC and the machine zone is no better a guess.
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?$/i;
const SLASHED_DAY = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const DOTTED_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
// A time of day plus an explicit zone, as in RFC 2822 mail dates.
const HAS_TIME_AND_ZONE = /\d{1,2}:\d{2}.*(?:\b(?:GMT|UTC|UT|Z)\b|[+-]\d{4}\b|\b[ECMP][SD]T\b)/i;

/** Normalises a date string (or epoch number); null when it cannot be read without guessing. */
export function parseDate(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return instantString(value > 1e11 ? value : value * 1000);
  const text = value.trim().replace(/\s+/g, ' ');
  if (!text) return null;
  let m = ISO_DAY.exec(text) ?? SLASHED_DAY.exec(text);
  if (m) return dayString(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DOTTED_DAY.exec(text);
  if (m) return dayString(Number(m[3]), Number(m[2]), Number(m[1]));
  m = ISO_INSTANT.exec(text);
  if (m) {
    const [, day = '', time = '', zone = 'Z'] = m;
    const [y, mo, d] = day.split('-').map(Number);
    if (!validDay(y ?? 0, mo ?? 0, d ?? 0)) return null;
    const offset = /^(?:Z|UTC|GMT)$/i.test(zone) ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    return instantString(Date.parse(`${day}T${time.replace(',', '.')}${offset}`));
  }
  const wordDay = parseWordDay(text) ?? parseWordDayTime(text);
  if (wordDay) return wordDay;
  if (HAS_TIME_AND_ZONE.test(text)) return instantString(Date.parse(text));
  return null;
}
