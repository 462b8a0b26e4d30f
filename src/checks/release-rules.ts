import { formatWeekday, isoDay, sortKey, today, type CalendarDate } from '../arabic/dates.ts';
import { detectWeekday, sameWeekday } from '../publish/import/dateline.ts';
import { MAX_DAYS_AHEAD } from '../release/limits.ts';
import type { CheckedRelease } from './release.ts';
import type { Diagnostic } from './types.ts';

/**
 * Rules about one valid release beyond its schema: dates that a human may have mistyped and
 * bodies that are empty or still the placeholder written by `npm run new`.
 */

/** Body text written by `npm run new`; a published release must replace it. */
export const BODY_PLACEHOLDER = 'اكتب نص البلاغ هنا.';

/**
 * @param release - a release whose frontmatter passed the schema.
 * @param body - MDX body text.
 * @param bodyLine - file line where the body starts.
 * @param timeZone - archive time zone (IANA), for "today".
 * @param now - the current instant.
 */
export function releaseRules(
  release: CheckedRelease,
  body: string,
  bodyLine: number,
  timeZone: string,
  now: Date,
): Diagnostic[] {
  const data = release.data;
  if (!data) return [];
  const out: Diagnostic[] = [];
  const todayDate = today(timeZone, now);
  const future = (d: CalendarDate) => isoDay(d) > isoDay(todayDate);
  const day = (d: CalendarDate) => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
  if (day(data.date) - day(todayDate) > MAX_DAYS_AHEAD) {
    out.push({
      severity: 'error',
      rule: 'future-date',
      file: release.file,
      line: release.lineOf(['date']),
      field: 'date',
      message: `${isoDay(data.date)} is more than a year after today (${isoDay(todayDate)} in ${timeZone}): the year is probably mistyped, and the release would be listed first for years`,
      fix: `write the date printed on the release, e.g.  date: ${isoDay(todayDate)}`,
    });
  } else if (future(data.date)) {
    out.push({
      severity: 'warning',
      rule: 'future-date',
      file: release.file,
      line: release.lineOf(['date']),
      field: 'date',
      message: `${isoDay(data.date)} is in the future (today is ${isoDay(todayDate)} in ${timeZone}); the release is published at once and listed first`,
      fix: 'if the year or month is a typo, correct it; a static site cannot hold a release back until a date: use  draft: true  instead',
    });
  }
  if (data.updated && sortKey(data.updated) < sortKey(data.date)) {
    out.push({
      severity: 'warning',
      rule: 'updated-before-date',
      file: release.file,
      line: release.lineOf(['updated']),
      field: 'updated',
      message: `${isoDay(data.updated)} is before the release date ${isoDay(data.date)}`,
      fix: 'updated is the date of the correction, on or after the release date',
    });
  }
  const named = detectWeekday(
    body
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
  );
  const actual = formatWeekday(data.date, 'ar');
  if (named && !sameWeekday(named, actual)) {
    out.push({
      severity: 'warning',
      rule: 'weekday-mismatch',
      file: release.file,
      line: release.lineOf(['date']),
      field: 'date',
      message: `the text says «${named}» but ${isoDay(data.date)} is a ${actual}`,
      fix: `check the date: a release issued «${named}» needs a date that falls on that weekday`,
    });
  }
  if (!data.draft) {
    const text = body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').trim();
    if (text === '') {
      out.push({
        severity: 'error',
        rule: 'empty-body',
        file: release.file,
        line: bodyLine,
        message: 'the release has no text after the frontmatter',
        fix: 'write the text below the closing ---, one empty line between paragraphs, or set  draft: true  until it is ready',
      });
    } else if (text.includes(BODY_PLACEHOLDER)) {
      const offset = body.split('\n').findIndex((l) => l.includes(BODY_PLACEHOLDER));
      out.push({
        severity: 'error',
        rule: 'placeholder-body',
        file: release.file,
        line: bodyLine + Math.max(0, offset),
        message: `the text is still the placeholder "${BODY_PLACEHOLDER}"`,
        fix: 'replace it with the text of the release, or set  draft: true  until it is ready',
      });
    }
  }
  return out;
}
