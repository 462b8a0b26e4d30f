import { getCollection, type CollectionEntry } from 'astro:content';
import { buildArchive, type Archive, type Release } from './model.ts';
import { readBody } from '../release/body-cache.ts';
import { pageKey, releaseFingerprint } from './page-keys.ts';
import { clock, config } from '../config/settings.ts';
import { readTagRegistry } from './tag-registry.ts';

/**
 * Astro glue: loads the `releases` collection once per build and returns the archive model.
 * Pages call {@link getArchive}; everything else is pure and lives in `archive.ts`.
 */
type Entry = CollectionEntry<'releases'>;
export type ImageSrc = Entry['data'] extends { image?: infer I }
  ? I extends { src: infer S }
    ? S
    : never
  : never;
export type SiteRelease = Release<ImageSrc, Entry>;
export type SiteArchive = Archive<ImageSrc, Entry>;

let cached: Promise<SiteArchive> | undefined;

/** The archive model for this build (memoised). */
export function getArchive(): Promise<SiteArchive> {
  cached ??= getCollection('releases').then((entries) =>
    buildArchive<ImageSrc, Entry>(entries, readTagRegistry(config.releasesDir), clock),
  );
  return cached;
}

/**
 * The rendered HTML of a release body that `src/release/loader.ts` kept in the build cache, or
 * `undefined` when the entry renders through Astro's `render()` (MDX releases, stock builds).
 * @throws Error naming the release when its cached HTML is missing.
 */
export function storedBody(entry: Entry): string | undefined {
  const name = entry.rendered?.metadata?.['archiveBody'];
  return typeof name === 'string' ? readBody(name, entry.filePath ?? entry.id) : undefined;
}

/**
 * The `cacheKey` of a page for Astro's incremental builds (`src/archive/page-keys.ts`): the archive
 * settings, the fingerprints of the releases the page shows, and whatever else it prints.
 * @param releases - releases shown on the page (cards, neighbours, related, feed items).
 * @param other - labels, counts, page numbers.
 */
export function cacheKey(releases: readonly SiteRelease[], ...other: unknown[]): string {
  return pageKey(config, releases.map(releaseFingerprint), other);
}
