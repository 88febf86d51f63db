// Dates in the brief as people write them: "14 February 2026", "12 March 2026, 21:30 EET". The
// core has no browser zone, so moments are shown in the zone the export request names (an IANA
// name such as Europe/Kyiv), else in UTC; the brief's header says which. Pure.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DATE_ONLY = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** The zone to write times in: the requested one when the system knows it, else UTC. */
export function briefTimeZone(requested: string | undefined): { zone: string; requested: boolean } {
  if (requested === undefined || requested.trim() === '') return { zone: 'UTC', requested: false };
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: requested });
    return { zone: requested, requested: true };
  } catch {
    return { zone: 'UTC', requested: false };
  }
}

function calendar(year: string, month: string, day: string | undefined): string {
  const name = MONTHS[Number(month) - 1] ?? month;
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}

function offsetName(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  const rest = abs % 60;
  return `UTC${minutes < 0 ? '−' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

interface Wall {
  year: string;
  month: string;
  day: string;
  time: string;
  zoneName: string;
}

function shortZoneName(moment: Date, timeZone: string, locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(moment);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/** The wall clock in `timeZone` at `moment`, with the zone's usual abbreviation (EET, CET, EDT) or its offset. */
function wallClock(moment: Date, timeZone: string): Wall {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  // British English names European zones (EET, CET, GMT), American English the American ones (EDT);
  // where neither has a name, the offset is written out.
  let zoneName = shortZoneName(moment, timeZone, 'en-GB');
  if (/^GMT[+-]/.test(zoneName)) zoneName = shortZoneName(moment, timeZone, 'en-US');
  if (/^GMT[+-]/.test(zoneName) || zoneName === '') {
    const wall = Date.UTC(Number(part('year')), Number(part('month')) - 1, Number(part('day')), Number(part('hour')), Number(part('minute')));
    zoneName = offsetName(Math.round((wall - Math.floor(moment.getTime() / 60_000) * 60_000) / 60_000));
  }
  return { year: part('year'), month: part('month'), day: part('day'), time: `${part('hour')}:${part('minute')}`, zoneName };
}

/** A recorded moment (ISO timestamp): "5 March 2026, 08:15 UTC"; unparseable text comes back as it was. */
export function briefMoment(iso: string, timeZone: string): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  const wall = wallClock(moment, timeZone);
  return `${calendar(wall.year, wall.month, wall.day)}, ${wall.time} ${wall.zoneName}`;
}

/**
 * A document's date as stored: "14 February 2026" for a day, "March 2026" for a month, a moment in
 * the brief's zone ("12 March 2026, 21:30 EET"), or a time written without a zone as written, saying
 * so. Anything else comes back unchanged.
 */
export function briefDate(value: string, timeZone: string): string {
  const day = DATE_ONLY.exec(value);
  if (day) return calendar(day[1] as string, day[2] as string, day[3]);
  const moment = DATE_TIME.exec(value);
  if (!moment) return value;
  const [, year, month, date, hour, minute, zone] = moment as unknown as [string, string, string, string, string, string, string | undefined];
  if (zone === undefined) return `${calendar(year, month, date)}, ${hour}:${minute} (time zone not stated)`;
  return briefMoment(value.replace(' ', 'T'), timeZone);
}

/** What the header says about the zone: "Times are in Europe/Kyiv (EET)." or that no zone was given. */
export function zoneSentence(zone: { zone: string; requested: boolean }, at: string): string {
  if (!zone.requested) return 'Times are in UTC (no time zone was given for this export).';
  const moment = new Date(at);
  const name = Number.isNaN(moment.getTime()) ? '' : wallClock(moment, zone.zone).zoneName;
  return name === '' || name === zone.zone ? `Times are in ${zone.zone}.` : `Times are in ${zone.zone} (${name}).`;
}
