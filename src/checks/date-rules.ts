import { isoDay, toIsoWithOffset, type CalendarDate } from '../arabic/dates.ts';
import { isScheduled } from '../release/publication.ts';
import { fieldName } from './fields.ts';
import type { CheckedRelease } from './release.ts';
import type { Diagnostic } from './types.ts';

/**
 * Rules about the dates of one valid release that a human may have mistyped: a schedule more
 * than a year ahead, a correction or a withdrawal dated before the release. Scheduling itself
 * (a date after "now") is not a problem: the release waits for its time (src/release/publication.ts).
 */

/** A schedule further ahead than this is probably a typo in the year (days). */
export const FAR_SCHEDULE_DAYS = 366;

/**
 * @param release - a release whose frontmatter passed the schema.
 * @param timeZone - archive time zone (IANA).
 * @param now - the instant taken as "now".
 */
export function dateRules(release: CheckedRelease, timeZone: string, now: Date): Diagnostic[] {
  const data = release.data;
  if (!data) return [];
  const out: Diagnostic[] = [];
  const at = (field: readonly PropertyKey[], name: string, message: string, fix: string) =>
    out.push({
      severity: 'warning',
      rule: name,
      file: release.file,
      line: release.lineOf(field),
      field: fieldName(field),
      message,
      fix,
    });
  const later = new Date(now.getTime() + FAR_SCHEDULE_DAYS * 86_400_000);
  if (!data.draft && isScheduled(data, later, timeZone)) {
    at(
      ['date'],
      'far-schedule',
      `the release is scheduled for ${toIsoWithOffset(data.date, timeZone)}, more than a year from now: it stays off the site until then`,
      'if the year is a typo, correct it; to hold a release back without a date, use  draft: true',
    );
  }
  const before = (d: CalendarDate) => isoDay(d) < isoDay(data.date);
  if (data.updated && before(data.updated)) {
    at(
      ['updated'],
      'updated-before-date',
      `${isoDay(data.updated)} is before the release date ${isoDay(data.date)}`,
      'updated is the date of the correction, on or after the release date',
    );
  }
  (data.corrections ?? []).forEach((c, i) => {
    if (before(c.date))
      at(
        ['corrections', i, 'date'],
        'correction-before-date',
        `${isoDay(c.date)} is before the release date ${isoDay(data.date)}`,
        'a correction is dated on or after the release date',
      );
  });
  if (data.withdrawn && before(data.withdrawn.date)) {
    at(
      ['withdrawn', 'date'],
      'withdrawn-before-date',
      `${isoDay(data.withdrawn.date)} is before the release date ${isoDay(data.date)}`,
      'the withdrawal is dated on or after the release date',
    );
  }
  return out;
}
