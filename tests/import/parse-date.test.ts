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
  ])('%s -> %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it('reads epoch seconds and milliseconds', () => {
    expect(parseDate(1646577000)).toBe('2022-03-06T14:30:00Z');
    expect(parseDate(1646577000000)).toBe('2022-03-06T14:30:00Z');
  });

  it.each(['', 'not a date', '2022-02-30', '2022-13-01', 'February 28 – March 6, 2022', 'March 6', '10:15', null, undefined])(
    'returns null for %s',
    (input) => {
      expect(parseDate(input)).toBeNull();
    },
  );
});
