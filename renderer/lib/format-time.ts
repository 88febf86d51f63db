// Dates and times as an analyst reads them: a date without a time stays a date ("12 Mar 2026");
// a moment is shown in the analyst's own time zone, with that zone named ("12 Mar 2026, 19:30
// UTC"), and when the source wrote it in another zone that reading is kept beside it, so a
// document dated 21:30 in Kyiv never shows a bare "19:30". Pure, apart from the default zone.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const DATE_ONLY = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function calendarDate(year: string, month: string, day: string | undefined): string {
  const name = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** The analyst's zone as the system reports it (an IANA name such as Europe/Kyiv). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

interface ZonedParts {
  date: string;
  time: string;
  zone: string;
  /** Minutes east of UTC in that zone at that moment. */
  offset: number;
}

function zonedParts(moment: Date, timeZone: string): ZonedParts {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  });
  const part = (type: Intl.DateTimeFormatPartTypes): string => format.formatToParts(moment).find((p) => p.type === type)?.value ?? '';
  const wall = Date.UTC(Number(part('year')), Number(part('month')) - 1, Number(part('day')), Number(part('hour')), Number(part('minute')));
  const offset = Math.round((wall - Math.floor(moment.getTime() / 60_000) * 60_000) / 60_000);
  return { date: calendarDate(part('year'), part('month'), part('day')), time: `${part('hour')}:${part('minute')}`, zone: part('timeZoneName'), offset };
}

/** Minutes east of UTC written in an ISO offset: "Z" → 0, "+02:00" → 120. */
function writtenOffset(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

function offsetName(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const hours = String(Math.floor(abs / 60)).padStart(2, '0');
  const rest = abs % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/**
 * A document's date as stored (YYYY-MM-DD, YYYY-MM, or a date-time with its zone): "12 Mar 2026";
 * "12 Mar 2026, 19:30 UTC (21:30 UTC+02 as written)" when it was written with another offset. A time without a zone is shown as written and
 * says so. Anything else is shown unchanged.
 */
export function formatDate(value: string | null | undefined, timeZone: string = localTimeZone()): string {
  if (!value) return '';
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) return calendarDate(dateOnly[1] as string, dateOnly[2] as string, dateOnly[3]);
  const dateTime = DATE_TIME.exec(value);
  if (!dateTime) return value;
  const [, day, hour, minute, zone] = dateTime as unknown as [string, string, string, string, string | undefined];
  const [year, month, date] = day.split('-') as [string, string, string];
  if (!zone) return `${calendarDate(year, month, date)}, ${hour}:${minute} (time zone not stated)`;
  const moment = new Date(value.replace(' ', 'T'));
  if (Number.isNaN(moment.getTime())) return value;
  const here = zonedParts(moment, timeZone);
  const shown = `${here.date}, ${here.time} ${here.zone}`;
  // "Z" is how imports store a moment (its source's offset is not kept), so it is no reading to show.
  const written = writtenOffset(zone);
  return zone.toUpperCase() === 'Z' || written === here.offset ? shown : `${shown} (${hour}:${minute} ${offsetName(written)} as written)`;
}

/** A moment the workspace recorded (an ISO timestamp) in the analyst's zone, named: "2026-03-12 06:40 UTC". */
export function formatTimestamp(value: string, timeZone: string = localTimeZone()): string {
  const moment = new Date(value);
  if (Number.isNaN(moment.getTime())) return value;
  const here = zonedParts(moment, timeZone);
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);
  return `${iso} ${here.time} ${here.zone}`;
}
