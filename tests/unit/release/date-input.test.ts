import { describe, expect, it } from 'vitest';
import { dateInputText, localizeDateText } from '../../../src/release/date-input.ts';

describe("the publisher's own date in another form", () => {
  it('gives both ISO readings of a day/month date, never a guess', () => {
    expect(dateInputText('date', '02/07/2025')).toEqual({
      key: 'date.two-readings',
      values: {
        field: 'date',
        value: '02/07/2025',
        dayFirst: '2025-07-02',
        monthFirst: '2025-02-07',
      },
    });
    expect(dateInputText('updated', '2.7.2025')?.values).toMatchObject({
      dayFirst: '2025-07-02',
      monthFirst: '2025-02-07',
    });
  });

  it('gives the one reading when the other is not a date, or both are the same', () => {
    expect(dateInputText('date', '18/06/2025')).toEqual({
      key: 'date.one-reading',
      values: { field: 'date', value: '18/06/2025', day: '2025-06-18' },
    });
    expect(dateInputText('date', '06/18/2025')?.values).toMatchObject({ day: '2025-06-18' });
    expect(dateInputText('date', '05/05/2025')?.values).toMatchObject({ day: '2025-05-05' });
    expect(dateInputText('date', '2025/06/18')?.values).toMatchObject({ day: '2025-06-18' });
    expect(dateInputText('date', '31/31/2025')).toBeUndefined();
    expect(dateInputText('date', 'next tuesday')).toBeUndefined();
    expect(dateInputText('date', '02/07/25')).toBeUndefined();
  });

  it('converts an instant with a UTC offset to the wall clock of the archive time zone', () => {
    const text = dateInputText('date', '2025-06-11T10:30:00+01:00', 'Africa/Casablanca');
    expect(text).toEqual({
      key: 'date.offset',
      values: {
        field: 'date',
        value: '2025-06-11T10:30:00+01:00',
        local: '2025-06-11 10:30',
        zone: 'Africa/Casablanca',
      },
    });
    // 23:30 UTC is already the next day in Casablanca (UTC+1) and the same day in New York.
    expect(
      dateInputText('date', '2025-06-17T23:30:00Z', 'Africa/Casablanca')?.values,
    ).toMatchObject({ local: '2025-06-18 00:30' });
    const later = localizeDateText(
      dateInputText('date', '2025-06-17T23:30:00Z')!,
      'America/New_York',
    );
    expect(later.values).toMatchObject({ local: '2025-06-17 19:30', zone: 'America/New_York' });
  });
});
