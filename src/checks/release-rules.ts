import { formatWeekday, isoDay } from '../arabic/dates.ts';
import { dateRules } from './date-rules.ts';
import { detectWeekday, sameWeekday } from '../publish/import/dateline.ts';
import type { CheckedRelease } from './release.ts';
import { say } from '../messages/index.ts';
import type { Diagnostic } from './types.ts';

/**
 * Rules about one valid release beyond its schema: dates that a human may have mistyped
 * (`date-rules.ts`), a weekday in the text that does not fall on the date, and bodies that are
 * empty or still the placeholder written by `npm run new`.
 */

/** Body text written by `npm run new`; a published release must replace it. */
export const BODY_PLACEHOLDER = 'اكتب نص البلاغ هنا.';

/**
 * @param release - a release whose frontmatter passed the schema.
 * @param body - MDX body text.
 * @param bodyLine - file line where the body starts.
 * @param timeZone - archive time zone (IANA).
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
  out.push(...dateRules(release, timeZone, now));
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
      ...say('date.weekday', { named, day: isoDay(data.date), actual }),
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
        ...say('body.empty', {}),
      });
    } else if (text.includes(BODY_PLACEHOLDER)) {
      const offset = body.split('\n').findIndex((l) => l.includes(BODY_PLACEHOLDER));
      out.push({
        severity: 'error',
        rule: 'placeholder-body',
        file: release.file,
        line: bodyLine + Math.max(0, offset),
        ...say('body.placeholder', { placeholder: BODY_PLACEHOLDER }),
      });
    }
  }
  return out;
}
