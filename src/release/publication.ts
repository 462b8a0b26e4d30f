import { toInstant, type CalendarDate } from '../arabic/dates.ts';

/**
 * Which releases the site publishes, and how: drafts never, scheduled releases (embargo: dated
 * after the build's "now" in the archive time zone) not until their time, withdrawn releases
 * keep their page but leave every listing. Pure; the archive model, the checks and the redirects
 * decide with these functions so they always agree.
 */

/** What the build does with a release. */
export type PublicationState =
  /** `draft: true`: not published. */
  | 'draft'
  /** Dated after "now": not published until then (its images neither). */
  | 'scheduled'
  /** Published and listed: home, tag/country/date pages, feeds, sitemap, search. */
  | 'listed'
  /** `withdrawn:` set: its page stays (with a notice and `noindex`), it is listed nowhere. */
  | 'withdrawn';

/** The instant and rules a build decides with. */
export interface PublicationClock {
  /** The build's "now" (`ARCHIVE_NOW`, else when the build started). */
  now: Date;
  /** IANA time zone in which release dates are calendar dates. */
  timeZone: string;
  /** `ARCHIVE_BUILD_FUTURE=1`: build scheduled releases too, for a preview. */
  buildFuture: boolean;
}

/** What the state of a release depends on. */
interface Publishable {
  date: CalendarDate;
  draft: boolean;
  withdrawn?: unknown;
}

/**
 * The instant a release is published: its date and time (00:00 without a time) in the archive
 * time zone.
 * @returns a UTC instant.
 */
export function publicationInstant(data: Pick<Publishable, 'date'>, timeZone: string): Date {
  return toInstant(data.date, timeZone);
}

/**
 * True when the release is dated after `now` (an embargo), whatever `buildFuture` says.
 * @param now - the build's "now".
 */
export function isScheduled(data: Pick<Publishable, 'date'>, now: Date, timeZone: string): boolean {
  return publicationInstant(data, timeZone).getTime() > now.getTime();
}

/**
 * What the build does with a release. A draft stays a draft even when scheduled; a scheduled
 * release is built (listed or withdrawn) only with `buildFuture`.
 */
export function publicationState(data: Publishable, clock: PublicationClock): PublicationState {
  if (data.draft) return 'draft';
  if (!clock.buildFuture && isScheduled(data, clock.now, clock.timeZone)) return 'scheduled';
  return data.withdrawn ? 'withdrawn' : 'listed';
}

/** True when the release has a page in this build (listed or withdrawn). */
export function hasPage(state: PublicationState): boolean {
  return state === 'listed' || state === 'withdrawn';
}
