import { describe, expect, it } from 'vitest';
import {
  formatGregorian,
  formatHijri,
  formatTime,
  formatWeekday,
  parseCalendarDate,
  fromInstant,
  toInstant,
  toIsoWithOffset,
  today,
  zoneOffsetMinutes,
} from '../../../src/arabic/dates.ts';

const june18 = { year: 2025, month: 6, day: 18 };

describe('parseCalendarDate', () => {
  it('reads YYYY-MM-DD and an optional time', () => {
    expect(parseCalendarDate('2025-06-18')).toEqual({ ok: true, date: june18 });
    expect(parseCalendarDate('2025-06-18 23:30')).toEqual({
      ok: true,
      date: { ...june18, time: '23:30' },
    });
    expect(parseCalendarDate('2025-06-18T09:05:00')).toEqual({
      ok: true,
      date: { ...june18, time: '09:05' },
    });
  });

  it('reads what YAML makes of an unquoted date without shifting the day', () => {
    expect(parseCalendarDate(new Date('2025-06-18'))).toEqual({ ok: true, date: june18 });
    expect(parseCalendarDate(new Date('2025-06-18T23:30:00Z'))).toEqual({
      ok: true,
      date: { ...june18, time: '23:30' },
    });
  });

  it.each(['2025-02-29', '2025-13-01', '2025-04-31', '2025-00-10', '2025-06-18 24:00'])(
    'rejects the impossible date %s',
    (value) => {
      const result = parseCalendarDate(value);
      expect(result.ok).toBe(false);
    },
  );

  it.each(['18/06/2025', '2025-6-18', 'الأربعاء', ''])(
    'explains the expected format for %s',
    (value) => {
      const result = parseCalendarDate(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/YYYY-MM-DD/);
    },
  );

  it('reads Arabic-Indic and Persian digits as the same date', () => {
    expect(parseCalendarDate('٢٠٢٥-٠٦-١٨')).toEqual({ ok: true, date: june18 });
    expect(parseCalendarDate('۲۰۲۵-۰۶-۱۸ ۱۰:۳۰')).toEqual({
      ok: true,
      date: { ...june18, time: '10:30' },
    });
  });

  it('accepts 29 February of a leap year', () => {
    expect(parseCalendarDate('2024-02-29').ok).toBe(true);
  });
});

describe('formatting', () => {
  it('writes the Maghreb month names with Latin digits for ar-MA', () => {
    expect(formatGregorian(june18, 'ar-MA')).toBe('18 يونيو 2025');
    expect(formatWeekday(june18, 'ar-MA')).toBe('الأربعاء');
  });

  it('switches to Arabic-Indic digits for ar-EG', () => {
    expect(formatGregorian(june18, 'ar-EG')).toBe('١٨ يونيو ٢٠٢٥');
    expect(formatTime('09:05', 'ar-EG')).toBe('٠٩:٠٥');
  });

  it('gives the Umm al-Qura Hijri date', () => {
    expect(formatHijri(june18, 'ar-MA')).toBe('22 ذو الحجة 1446 هـ');
    expect(formatHijri({ year: 2025, month: 3, day: 1 }, 'ar-SA')).toMatch(/رمضان/);
  });
});

describe('time zones', () => {
  it('turns a wall-clock time in the archive zone into the right instant', () => {
    expect(toInstant({ ...june18, time: '10:30' }, 'Africa/Casablanca').toISOString()).toBe(
      '2025-06-18T09:30:00.000Z',
    );
    expect(toInstant({ ...june18, time: '10:30' }, 'Asia/Riyadh').toISOString()).toBe(
      '2025-06-18T07:30:00.000Z',
    );
  });

  it('writes ISO 8601 with the zone offset of that date (Morocco drops to +00 in Ramadan)', () => {
    expect(toIsoWithOffset(june18, 'Africa/Casablanca')).toBe('2025-06-18T00:00:00+01:00');
    expect(toIsoWithOffset({ year: 2025, month: 3, day: 10 }, 'Africa/Casablanca')).toBe(
      '2025-03-10T00:00:00+00:00',
    );
    expect(
      toIsoWithOffset({ year: 2025, month: 1, day: 1, time: '08:00' }, 'America/New_York'),
    ).toBe('2025-01-01T08:00:00-05:00');
  });

  it('measures zone offsets through Intl', () => {
    expect(zoneOffsetMinutes(new Date('2025-06-18T12:00:00Z'), 'Asia/Riyadh')).toBe(180);
  });

  it("knows today's date in the archive zone, not the machine's", () => {
    const lateUtc = new Date('2025-06-18T23:30:00Z');
    expect(today('Asia/Riyadh', lateUtc)).toEqual({ year: 2025, month: 6, day: 19 });
    expect(today('America/New_York', lateUtc)).toEqual({ year: 2025, month: 6, day: 18 });
  });

  it('gives the calendar date and time of an instant in the archive zone (23:30 GMT is the next day in Casablanca)', () => {
    const late = new Date('2025-06-17T23:30:00Z');
    expect(fromInstant(late, 'Africa/Casablanca')).toEqual({ ...june18, time: '00:30' });
    expect(fromInstant(late, 'UTC')).toEqual({ year: 2025, month: 6, day: 17, time: '23:30' });
    // Ramadan 2025: Morocco on UTC+0, so the same clock time stays on the same day.
    expect(fromInstant(new Date('2025-03-10T23:30:00Z'), 'Africa/Casablanca')).toEqual({
      year: 2025,
      month: 3,
      day: 10,
      time: '23:30',
    });
    expect(toInstant(fromInstant(late, 'Asia/Riyadh'), 'Asia/Riyadh')).toEqual(late);
  });
});
