/**
 * Release dates are calendar dates (ISO 8601 `YYYY-MM-DD`) in the archive's time zone, with an
 * optional wall-clock time. They are never converted through the build machine's time zone:
 * every `Intl` call here names its calendar, numbering system and time zone.
 */
import { dateTimeFormat, numberFormat } from './intl-cache.ts';

/** A release date as the publisher wrote it. */
export interface CalendarDate {
  /** Year, month (1–12) and day (1–31) of the Gregorian calendar date. */
  year: number;
  month: number;
  day: number;
  /** Optional wall-clock time in the archive's time zone, 24-hour `HH:MM`. */
  time?: string;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Parses `YYYY-MM-DD` or `YYYY-MM-DD HH:MM[:SS]` (also with `T`), checking that the day exists.
 * A `Date` (what YAML makes of an unquoted `2025-06-18`) is read through its UTC fields, which
 * hold exactly what was written.
 * @param value - string from frontmatter or a YAML-parsed `Date`.
 * @returns the calendar date, or an error message suitable for a publisher.
 */
export function parseCalendarDate(
  value: unknown,
):
  | { ok: true; date: CalendarDate }
  | { ok: false; error: string; reason: 'type' | 'format' | 'day' | 'time' } {
  let text: string;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime()))
      return { ok: false, error: 'is not a valid date', reason: 'type' };
    const iso = value.toISOString();
    const hm = iso.slice(11, 16);
    text = hm === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${hm}`;
  } else if (typeof value === 'string') {
    // Arabic-Indic (٠–٩) and Persian (۰–۹) digits are read as the same numbers.
    text = value
      .trim()
      .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf));
  } else {
    return {
      ok: false,
      error: 'must be a date written as YYYY-MM-DD, e.g. 2025-06-18',
      reason: 'type',
    };
  }
  const m = DATE_RE.exec(text);
  if (!m)
    return {
      ok: false,
      error: `"${text}" is not written as YYYY-MM-DD (e.g. 2025-06-18), optionally followed by a time HH:MM`,
      reason: 'format',
    };
  const [, y, mo, d, hh, mm] = m;
  const year = Number(y),
    month = Number(mo),
    day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return {
      ok: false,
      error: `"${text}" is not a real calendar date (${year}-${mo} has ${month >= 1 && month <= 12 ? daysInMonth(year, month) : 'no'} days)`,
      reason: 'day',
    };
  }
  const date: CalendarDate = { year, month, day };
  if (hh !== undefined && mm !== undefined) {
    if (Number(hh) > 23 || Number(mm) > 59)
      return { ok: false, error: `"${text}" has an impossible time of day`, reason: 'time' };
    date.time = `${hh}:${mm}`;
  }
  return { ok: true, date };
}

/** Days in a Gregorian month (1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a calendar date. */
export function isoDay(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** Sort key: later dates (and times) compare greater; `YYYY-MM-DDTHH:MM`. */
export function sortKey(date: CalendarDate): string {
  return `${isoDay(date)}T${date.time ?? '00:00'}`;
}

/** Noon UTC of the calendar day: a stable instant for formatting the day with `timeZone: 'UTC'`. */
function dayAnchor(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
}

/**
 * Offset of a time zone from UTC at an instant, in minutes (east positive), from
 * `Intl.DateTimeFormat`'s `longOffset` (CLDR), e.g. `GMT+01:00` → 60.
 */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const name =
    dateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/**
 * The UTC instant at which the release was published: its wall-clock time (or 00:00) in the
 * archive's time zone.
 * @param date - the calendar date.
 * @param timeZone - IANA zone, e.g. `Africa/Casablanca`.
 * @returns a `Date` (an instant; its UTC fields are UTC, not local).
 */
export function toInstant(date: CalendarDate, timeZone: string): Date {
  const [h, min] = (date.time ?? '00:00').split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(date.year, date.month - 1, date.day, h, min);
  let offset = zoneOffsetMinutes(new Date(asUtc), timeZone);
  // A second pass settles instants next to an offset change (DST, Ramadan time in Morocco).
  offset = zoneOffsetMinutes(new Date(asUtc - offset * 60_000), timeZone);
  return new Date(asUtc - offset * 60_000);
}

/**
 * ISO 8601 date-time with the archive time zone's offset, for schema.org and JSON Feed,
 * e.g. `2025-06-18T00:00:00+01:00`.
 */
export function toIsoWithOffset(date: CalendarDate, timeZone: string): string {
  const instant = toInstant(date, timeZone);
  const offset = zoneOffsetMinutes(instant, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${isoDay(date)}T${date.time ?? '00:00'}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Unicode locale extension that forces a numbering system consistent with the locale. */
function withCalendar(locale: string, calendar: string): string {
  return `${locale}-u-ca-${calendar}`;
}

/**
 * Formats the Gregorian date in Arabic, e.g. `18 يونيو 2025` for `ar-MA` or `١٨ يونيو ٢٠٢٥` for `ar-EG`.
 * Month names and digits come from CLDR through `Intl`; the day never depends on the machine's zone.
 * @param date - the calendar date.
 * @param locale - BCP 47 locale from the archive config.
 */
export function formatGregorian(date: CalendarDate, locale: string): string {
  return dateTimeFormat(withCalendar(locale, 'gregory'), {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(dayAnchor(date));
}

/** Weekday name of the calendar date, e.g. `الأربعاء`. */
export function formatWeekday(date: CalendarDate, locale: string): string {
  return dateTimeFormat(withCalendar(locale, 'gregory'), {
    timeZone: 'UTC',
    weekday: 'long',
  }).format(dayAnchor(date));
}

/**
 * Formats the Hijri date of the calendar day with the Umm al-Qura calendar (CLDR `islamic-umalqura`),
 * e.g. `22 ذو الحجة 1446 هـ`.
 * @param date - the Gregorian calendar date.
 * @param locale - BCP 47 locale from the archive config.
 */
export function formatHijri(date: CalendarDate, locale: string): string {
  return dateTimeFormat(withCalendar(locale, 'islamic-umalqura'), {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(dayAnchor(date));
}

/** Formats the wall-clock time `HH:MM` with the locale's digits, e.g. `10:30` or `١٠:٣٠`. */
export function formatTime(time: string, locale: string): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return dateTimeFormat(withCalendar(locale, 'gregory'), {
    timeZone: 'UTC',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(Date.UTC(2000, 0, 1, h, m)));
}

/** Month name (Gregorian) for archive pages, e.g. `يونيو`. */
export function formatMonthName(year: number, month: number, locale: string): string {
  return dateTimeFormat(withCalendar(locale, 'gregory'), { timeZone: 'UTC', month: 'long' }).format(
    new Date(Date.UTC(year, month - 1, 15)),
  );
}

/** Formats an integer with the locale's digits and no grouping surprises, e.g. `2025` → `٢٠٢٥` for ar-EG. */
export function formatNumber(value: number, locale: string, useGrouping = true): string {
  return numberFormat(locale, { useGrouping }).format(value);
}

/**
 * The calendar date and wall-clock time of an instant in a time zone (the inverse of
 * {@link toInstant}), e.g. 2025-06-17T23:30Z in `Africa/Casablanca` (UTC+1) → 2025-06-18 00:30.
 * @param instant - a `Date` (an instant; its UTC fields are UTC).
 * @param timeZone - IANA zone.
 * @returns the date with `time` set (`HH:MM`, seconds dropped).
 */
export function fromInstant(instant: Date, timeZone: string): CalendarDate {
  const parts = dateTimeFormat('en-CA', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    time: `${pad(get('hour'))}:${pad(get('minute'))}`,
  };
}

/** Today's calendar date in the archive time zone (for the future-date warning). */
export function today(timeZone: string, now: Date = new Date()): CalendarDate {
  const parts = dateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}
