import { SaidError, say } from '../messages/index.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { collapseWhitespace, toNfc } from '../arabic/text.ts';
import { isCountryCode, suggestCountryCodes } from '../arabic/countries.ts';
import { daysInMonth, parseCalendarDate, today, type CalendarDate } from '../arabic/dates.ts';
import { slugify, truncateSlug } from '../arabic/slug.ts';
import { looseKey } from '../arabic/fold.ts';
import { preferredSpellings } from '../checks/tag-variants.ts';
import { readTagRegistry } from '../archive/tag-registry.ts';
import { cleanTag } from '../archive/tags.ts';
import type { ExistingRelease } from './existing.ts';

/**
 * Shared steps of `npm run new` and `npm run import`: reading list options, validating dates and
 * country codes, and choosing the release's folder without ever overwriting one.
 */

/** A publisher mistake in the command line; the message says how to fix it. */
export class PublishError extends SaidError {
  override name = 'PublishError';
}

/**
 * Splits a list option such as `"GB, GA"` or `"التعاون الأمني، مكافحة الإرهاب"` on `,` `،` `;` `؛`.
 * @returns trimmed NFC items, empty ones dropped.
 */
export function parseList(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(/[,،;؛]/)
    .map((item) => collapseWhitespace(toNfc(item)))
    .filter((item) => item !== '');
}

/**
 * Upper-cases and validates ISO 3166-1 alpha-2 codes.
 * @throws PublishError naming the unknown code and the closest codes.
 */
export function validateCountries(codes: readonly string[]): string[] {
  return codes.map((code) => {
    const upper = code.toUpperCase();
    if (!isCountryCode(upper)) {
      const suggestions = suggestCountryCodes(code);
      throw new PublishError(say('publish.countries', { value: code, codes: suggestions }));
    }
    return upper;
  });
}

/**
 * The release date from `--date`, or today in the archive time zone when `fallbackToToday`.
 * @throws PublishError when the date is missing (and no fallback) or not a real calendar date.
 */
export function resolveDate(
  value: string | undefined,
  timeZone: string,
  options: { fallbackToToday: boolean; now?: Date },
): CalendarDate {
  if (value === undefined) {
    if (options.fallbackToToday) return today(timeZone, options.now);
    throw new PublishError(say('publish.date-required', {}));
  }
  const parsed = parseCalendarDate(value);
  if (!parsed.ok) {
    const text = value.trim();
    const [year = 0, month = 0] = (/^(\d{4})-(\d{1,2})/.exec(text) ?? []).slice(1).map(Number);
    const days = month >= 1 && month <= 12 ? daysInMonth(year, month) : 0;
    throw new PublishError(
      say('publish.date-invalid', {
        reason: parsed.error,
        value: text,
        kind: parsed.reason,
        month: text.slice(0, 7),
        days,
      }),
    );
  }
  return parsed.date;
}

/** Where a new release goes. */
export interface ReleaseLocation {
  slug: string;
  /** Folder `<releasesDir>/<year>/<slug>`. */
  dir: string;
  /** `<dir>/index.mdx`. */
  file: string;
}

/**
 * Chooses `<releasesDir>/<year>/<slug>/index.mdx` for a release.
 * @param title - the headline (the slug is made from it unless `slug` is given).
 * @param slug - optional explicit slug.
 * @throws PublishError when the folder exists or another release already has that URL.
 */
export function releaseLocation(
  releasesDir: string,
  title: string,
  date: CalendarDate,
  slug: string | undefined,
  existing: readonly ExistingRelease[],
): ReleaseLocation {
  let chosen: string;
  try {
    chosen = slug ? slugify(slug) : truncateSlug(slugify(title));
  } catch {
    throw new PublishError(say('publish.no-slug', { slug: slug ?? '', title }));
  }
  const dir = join(releasesDir, String(date.year), chosen);
  const file = join(dir, 'index.mdx');
  if (existsSync(dir) || existsSync(`${dir}.mdx`)) {
    throw new PublishError(say('publish.exists', { path: existsSync(dir) ? dir : `${dir}.mdx` }));
  }
  const clash = existing.find((r) => r.slug === chosen);
  if (clash) {
    throw new PublishError(
      say('publish.url-taken', { path: join(releasesDir, clash.path), slug: chosen }),
    );
  }
  return { slug: chosen, dir, file };
}

/**
 * The archive's tags in their preferred spellings (registry first, else the most used), keyed by
 * `looseKey` (arabic/fold.ts).
 * @param releasesDir - the releases folder (for `tags.yaml`).
 * @param existing - the releases already in the archive.
 */
export function archiveTags(
  releasesDir: string,
  existing: readonly ExistingRelease[],
): Map<string, string> {
  let registry: ReturnType<typeof readTagRegistry> = [];
  try {
    registry = readTagRegistry(releasesDir);
  } catch {
    // npm run check reports a broken registry
  }
  return preferredSpellings(
    existing.map((r) => r.tags),
    registry,
  );
}

/**
 * Replaces tags that are variant spellings of existing tags by the existing spelling (registry
 * first, else the most used), so that a new release joins the existing tag page. Tags that are
 * one tag among themselves (same `looseKey`) are written once.
 * @param preferred - the archive's tags ({@link archiveTags}).
 * @returns the tags to write and a note per replaced tag.
 */
export function alignTags(
  tags: readonly string[],
  preferred: ReadonlyMap<string, string>,
): { tags: string[]; notes: string[] } {
  const notes: string[] = [];
  const out = new Map<string, string>();
  for (const tag of tags) {
    const spelling = cleanTag(tag);
    const key = looseKey(spelling);
    const existingSpelling = preferred.get(key);
    if (existingSpelling && existingSpelling !== spelling)
      notes.push(`tag "${spelling}" written as the existing tag "${existingSpelling}"`);
    if (!out.has(key)) out.set(key, existingSpelling ?? spelling);
  }
  return { tags: [...out.values()], notes };
}
