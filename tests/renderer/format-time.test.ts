// Dates as the analyst reads them: a date stays a date; a moment is shown in the analyst's zone,
// named, with the source's own reading kept when it was written in another zone.
import { describe, expect, it } from 'vitest';
import { dateFromInput } from '../../renderer/lib/date-input.js';
import { formatDate, formatTimestamp } from '../../renderer/lib/format-time.js';

describe('formatDate', () => {
  it('shows a date without a time as a date, whatever the zone', () => {
    expect(formatDate('2026-03-12', 'Pacific/Auckland')).toBe('12 Mar 2026');
    expect(formatDate('2026-03', 'UTC')).toBe('Mar 2026');
  });

  it('shows a moment written in Kyiv as 21:30 to an analyst in Kyiv, with the zone named', () => {
    expect(formatDate('2026-03-12T19:30:00Z', 'Europe/Kyiv')).toBe('12 Mar 2026, 21:30 EET');
    expect(formatDate('2026-03-12T21:30+02:00', 'Europe/Kyiv')).toBe('12 Mar 2026, 21:30 EET');
  });

  it('converts to the analyst zone and keeps the reading the source wrote', () => {
    expect(formatDate('2026-03-12T21:30+02:00', 'UTC')).toBe('12 Mar 2026, 19:30 UTC (21:30 UTC+02 as written)');
    expect(formatDate('2026-03-12T23:30+02:00', 'America/New_York')).toBe('12 Mar 2026, 17:30 GMT-4 (23:30 UTC+02 as written)');
  });

  it('crosses midnight into the analyst day', () => {
    expect(formatDate('2026-03-12T23:30:00Z', 'Europe/Kyiv')).toBe('13 Mar 2026, 01:30 EET');
  });

  it('says so when a time has no zone, and leaves text it cannot read unchanged', () => {
    expect(formatDate('2026-03-12T06:40', 'UTC')).toBe('12 Mar 2026, 06:40 (time zone not stated)');
    expect(formatDate('spring 2025', 'UTC')).toBe('spring 2025');
    expect(formatDate(null)).toBe('');
  });
});

describe('formatTimestamp', () => {
  it('shows a recorded moment in the analyst zone with the zone named', () => {
    expect(formatTimestamp('2026-03-12T19:30:05.123Z', 'UTC')).toBe('2026-03-12 19:30 UTC');
    expect(formatTimestamp('2026-03-12T23:30:00Z', 'Europe/Kyiv')).toBe('2026-03-13 01:30 EET');
  });
});

describe('dateFromInput', () => {
  it('keeps a date as a date and empties to null', () => {
    expect(dateFromInput(' 2026-03-14 ', 'Europe/Kyiv')).toBe('2026-03-14');
    expect(dateFromInput('  ', 'Europe/Kyiv')).toBeNull();
  });

  it('takes a time without a zone as the analyst zone on that day, summer or winter', () => {
    expect(dateFromInput('2026-03-14 21:30', 'Europe/Kyiv')).toBe('2026-03-14T21:30+02:00');
    expect(dateFromInput('2026-07-14T21:30', 'Europe/Kyiv')).toBe('2026-07-14T21:30+03:00');
    expect(dateFromInput('2026-07-14 09:05:30', 'America/New_York')).toBe('2026-07-14T09:05:30-04:00');
    expect(dateFromInput('2026-07-14 09:05', 'UTC')).toBe('2026-07-14T09:05+00:00');
  });

  it('keeps a zone the analyst typed, and leaves anything else for the contract to refuse', () => {
    expect(dateFromInput('2026-03-14 21:30+05:30', 'UTC')).toBe('2026-03-14T21:30+05:30');
    expect(dateFromInput('last Tuesday', 'UTC')).toBe('last Tuesday');
  });
});
