// Dates in the brief as people write them, in the zone the export asked for (else UTC).
import { describe, expect, it } from 'vitest';
import { briefDate, briefMoment, briefTimeZone, zoneSentence } from '../../db/export/brief-dates.js';

describe('brief dates', () => {
  it('writes a day, a month, and a moment with its zone', () => {
    expect(briefDate('2026-03-12', 'UTC')).toBe('12 March 2026');
    expect(briefDate('2026-03', 'UTC')).toBe('March 2026');
    expect(briefDate('2026-03-12T19:30:00Z', 'Europe/Kyiv')).toBe('12 March 2026, 21:30 EET');
    expect(briefDate('2026-03-12T21:30:00+02:00', 'UTC')).toBe('12 March 2026, 19:30 UTC');
    expect(briefDate('2026-07-12T19:30:00Z', 'Europe/Kyiv')).toBe('12 July 2026, 22:30 EEST');
    expect(briefDate('2026-03-12T21:30', 'UTC')).toBe('12 March 2026, 21:30 (time zone not stated)');
    expect(briefDate('spring 2026', 'UTC')).toBe('spring 2026');
  });

  it('names the zone as people know it, else by its offset', () => {
    expect(briefMoment('2026-03-12T19:30:00Z', 'America/New_York')).toBe('12 March 2026, 15:30 EDT');
    expect(briefMoment('2026-03-12T19:30:00Z', 'Asia/Kolkata')).toBe('13 March 2026, 01:00 UTC+05:30');
    expect(briefMoment('not a date', 'UTC')).toBe('not a date');
  });

  it('falls back to UTC, and says so, when the request names no zone or an unknown one', () => {
    expect(briefTimeZone(undefined)).toEqual({ zone: 'UTC', requested: false });
    expect(briefTimeZone('Nowhere/Else')).toEqual({ zone: 'UTC', requested: false });
    expect(briefTimeZone('Europe/Kyiv')).toEqual({ zone: 'Europe/Kyiv', requested: true });
    expect(zoneSentence(briefTimeZone(undefined), '2026-03-12T19:30:00Z')).toBe('Times are in UTC (no time zone was given for this export).');
    expect(zoneSentence(briefTimeZone('Europe/Kyiv'), '2026-03-12T19:30:00Z')).toBe('Times are in Europe/Kyiv (EET).');
  });
});
