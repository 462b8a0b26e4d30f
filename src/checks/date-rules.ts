import { isoDay, today, toIsoWithOffset, type CalendarDate } from '../arabic/dates.ts';
import { MAX_DAYS_AHEAD } from '../release/limits.ts';
import { fieldName } from './fields.ts';
import type { CheckedRelease } from './release.ts';
import { say } from '../messages/index.ts';
import type { Diagnostic } from './types.ts';

/**
 * Rules about the dates of one valid release that a human may have mistyped: a date more than a
 * year ahead (an error: a mistyped year would hold the release back for years), a correction or
 * a withdrawal dated before the release (warnings). Scheduling itself
 * (a date after "now") is not a problem: the release waits for its time (src/release/publication.ts).
 */

/**
 * @param release - a release whose frontmatter passed the schema.
 * @param timeZone - archive time zone (IANA).
 * @param now - the instant taken as "now".
 */
export function dateRules(release: CheckedRelease, timeZone: string, now: Date): Diagnostic[] {
  const data = release.data;
  if (!data) return [];
  const out: Diagnostic[] = [];
  const at = (field: readonly PropertyKey[], name: string, day: CalendarDate) =>
    out.push({
      severity: 'warning',
      rule: name,
      file: release.file,
      line: release.lineOf(field),
      field: fieldName(field),
      ...say('date.before-release', {
        field: fieldName(field).replace(/\[\d+\]/g, ''),
        day: isoDay(day),
        release: isoDay(data.date),
      }),
    });
  const todayDate = today(timeZone, now);
  const day = (d: CalendarDate) => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
  if (!data.draft && day(data.date) - day(todayDate) > MAX_DAYS_AHEAD) {
    out.push({
      severity: 'error',
      rule: 'future-date',
      file: release.file,
      line: release.lineOf(['date']),
      field: 'date',
      ...say('date.future', {
        day: isoDay(data.date),
        today: isoDay(todayDate),
        zone: timeZone,
        until: toIsoWithOffset(data.date, timeZone),
      }),
    });
  }
  const before = (d: CalendarDate) => isoDay(d) < isoDay(data.date);
  if (data.updated && before(data.updated)) {
    at(['updated'], 'updated-before-date', data.updated);
  }
  (data.corrections ?? []).forEach((c, i) => {
    if (before(c.date)) at(['corrections', i, 'date'], 'correction-before-date', c.date);
  });
  if (data.withdrawn && before(data.withdrawn.date)) {
    at(['withdrawn', 'date'], 'withdrawn-before-date', data.withdrawn.date);
  }
  return out;
}
