import { sortKey, type CalendarDate } from '../arabic/dates.ts';

/**
 * The correction history of a release: the `corrections:` list and the older single
 * `updated:` / `correction:` pair, merged. Pure.
 */

/** One correction as readers see it. */
export interface Correction {
  date: CalendarDate;
  /** What was corrected; the single `updated:` may come without a note. */
  note?: string | undefined;
}

/** What the history is made of. */
interface Corrected {
  date: CalendarDate;
  updated?: CalendarDate | undefined;
  correction?: string | undefined;
  corrections?: readonly { date: CalendarDate; note: string }[] | undefined;
}

/**
 * Every correction of a release, newest first (ties keep the order written, `updated:` last).
 * @returns an empty list when the release was never corrected.
 */
export function correctionHistory(data: Corrected): Correction[] {
  const list: Correction[] = (data.corrections ?? []).map((c) => ({ date: c.date, note: c.note }));
  if (data.updated) list.push({ date: data.updated, note: data.correction });
  return list
    .map((c, i) => ({ c, i }))
    .sort((a, b) => sortKey(b.c.date).localeCompare(sortKey(a.c.date)) || a.i - b.i)
    .map(({ c }) => c);
}

/**
 * The date the release last changed (schema.org `dateModified`, JSON Feed `date_modified`): its
 * newest correction, never earlier than its publication date.
 */
export function lastModified(data: Corrected): CalendarDate {
  const newest = correctionHistory(data)[0]?.date;
  return newest && sortKey(newest) > sortKey(data.date) ? newest : data.date;
}
