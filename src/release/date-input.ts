import { daysInMonth, fromInstant, isoDay, sortKey } from '../arabic/dates.ts';
import type { Text } from '../messages/index.ts';

/**
 * The publisher's own date, when it is written in another form than `YYYY-MM-DD`: day and month
 * in either order (`02/07/2025`, as offices and spreadsheets print them) gives both ISO 8601
 * readings to choose from, never a guess; an instant with a UTC offset or `Z`
 * (`2025-06-11T10:30:00+01:00`, as other systems export them) gives the same instant as a
 * wall-clock date in the archive's time zone (`fromInstant`), to paste.
 */

const NUMERIC = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/;
const WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

const valid = (year: number, month: number, day: number) =>
  year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

/**
 * @param field - the field path (`date`, `updated`, `corrections.date`).
 * @param value - the text written, digits already Latin.
 * @param timeZone - the archive's IANA time zone, for an instant with an offset; when absent,
 *   the message names the instant and leaves the conversion to the caller
 *   (`localizeDateText`).
 * @returns the text of a message with the readings, or `undefined` when the value is neither form.
 */
export function dateInputText(field: string, value: string, timeZone?: string): Text | undefined {
  if (WITH_OFFSET.test(value)) {
    const instant = new Date(value.replace(' ', 'T'));
    if (Number.isNaN(instant.getTime())) return undefined;
    const local = timeZone ? sortKey(fromInstant(instant, timeZone)).replace('T', ' ') : '';
    return { key: 'date.offset', values: { field, value, local, zone: timeZone ?? '' } };
  }
  const m = NUMERIC.exec(value);
  if (!m) return undefined;
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = (y: number, mo: number, d: number) => isoDay({ year: y, month: mo, day: d });
  if (m[1]!.length === 4) {
    // 2025/07/02: year first, then month and day (ISO order with other separators).
    return valid(a, b, c)
      ? { key: 'date.one-reading', values: { field, value, day: day(a, b, c) } }
      : undefined;
  }
  if (m[3]!.length !== 4) return undefined;
  const dayFirst = valid(c, b, a) ? day(c, b, a) : undefined;
  const monthFirst = valid(c, a, b) ? day(c, a, b) : undefined;
  if (dayFirst && monthFirst && dayFirst !== monthFirst)
    return { key: 'date.two-readings', values: { field, value, dayFirst, monthFirst } };
  const only = dayFirst ?? monthFirst;
  return only ? { key: 'date.one-reading', values: { field, value, day: only } } : undefined;
}

/**
 * Completes a `date.offset` text built without the time zone (the schema has none) with the
 * instant converted to `timeZone`; other texts are returned unchanged.
 */
export function localizeDateText(text: Text, timeZone: string): Text {
  if (text.key !== 'date.offset' || text.values.local) return text;
  return dateInputText(text.values.field, text.values.value, timeZone) ?? text;
}
