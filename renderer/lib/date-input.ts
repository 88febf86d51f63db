// Reads a date an analyst types into the form the workspace stores: "2026-03-14" stays a date;
// "2026-03-14 21:30" (no zone) is taken as a time in the analyst's own zone and written with that
// zone's offset on that day; a time with its zone keeps it. Pure, apart from the default zone.
// Whether the result is a real date is the contract's to say (DocumentDate), not this file's.

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Minutes east of UTC in `timeZone` at the UTC moment `utc` (ms). */
function offsetAt(utc: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(utc);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((wall - Math.floor(utc / 60_000) * 60_000) / 60_000);
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The typed date as stored, or null when the field was emptied. */
export function dateFromInput(typed: string, timeZone: string): string | null {
  const text = typed.trim();
  if (text === '') return null;
  const wall = WALL_TIME.exec(text);
  if (!wall) return text.replace(/^(\d{4}-\d{2}-\d{2}) (\d{2}:)/, '$1T$2');
  const [, year, month, day, hour, minute, second] = wall.map(Number) as [number, number, number, number, number, number, number | undefined];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, Number.isNaN(second) ? 0 : (second ?? 0));
  // The zone's offset at that wall time: try the offset at the naive UTC reading, then correct once
  // (enough everywhere but inside a clock change's missing hour).
  const first = offsetAt(asUtc, timeZone);
  const offset = offsetAt(asUtc - first * 60_000, timeZone);
  return `${text.replace(' ', 'T')}${offsetText(offset)}`;
}
