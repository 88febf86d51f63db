// Dates: a day stays a day, an instant becomes UTC, and nothing is guessed from the local zone.
import { describe, it, expect } from 'vitest';
import { parseDate } from '../../db/import/parse-date.js';

describe('parseDate', () => {
  it.each([
    ['2022-03-06', '2022-03-06'],
    ['2022/3/6', '2022-03-06'],
    ['06.03.2022', '2022-03-06'],
    ['March 6, 2022', '2022-03-06'],
    ['Mar 6 2022', '2022-03-06'],
    ['6 March 2022', '2022-03-06'],
    ['Sunday, 6th March 2022', '2022-03-06'],
    ['6 марта 2022 г.', '2022-03-06'],
    ['2022-03-06T14:30:00+03:00', '2022-03-06T11:30:00Z'],
    ['2022-03-06T14:30:00.123Z', '2022-03-06T14:30:00Z'],
    ['2022-03-06 14:30', '2022-03-06T14:30:00Z'],
    ['2022-03-06T14:30:00+0300', '2022-03-06T11:30:00Z'],
    ['Mon, 7 Mar 2022 10:15:00 +0300', '2022-03-07T07:15:00Z'],
    ['Tue, 8 Mar 2022 06:00:00 GMT', '2022-03-08T06:00:00Z'],
    ['12 March 2026, 11:20 UTC', '2026-03-12T11:20:00Z'],
    ['March 12, 2026 at 14:20 +03:00', '2026-03-12T11:20:00Z'],
    ['12 Mar 2026 01:30 GMT+2', '2026-03-11T23:30:00Z'],
    ['12 марта 2026, 06:45', '2026-03-12'],
    ['14 декабря 2025 г., 19:10', '2025-12-14'],
    ['3 января 2026', '2026-01-03'],
    ['Sept. 9, 2025', '2025-09-09'],
  ])('%s -> %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it('reads epoch seconds and milliseconds', () => {
    expect(parseDate(1646577000)).toBe('2022-03-06T14:30:00Z');
    expect(parseDate(1646577000000)).toBe('2022-03-06T14:30:00Z');
  });

  it.each([
    '',
    'not a date',
    '2022-02-30',
    '2022-13-01',
    'February 28 – March 6, 2022',
    'March 6',
    '10:15',
    '12 March 2026, 25:10',
    '12 March 2026, 11:20 XYZ',
    null,
    undefined,
  ])('returns null for %s', (input) => {
    expect(parseDate(input)).toBeNull();
  });
});
