import { getCollection, type CollectionEntry } from 'astro:content';
import { buildArchive, type Archive, type Release } from './model.ts';
import { pageKey, releaseFingerprint } from './page-keys.ts';
import { clock, config } from '../config/settings.ts';
import { readTagRegistry } from './tag-registry.ts';
import { languageArchive, languagesBySlug } from './languages.ts';

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

let archives: Promise<Map<string, SiteArchive>> | undefined;

/**
 * The archive in every language of the site: `ar` (the originals, {@link getArchive}) and each
 * translation language (`src/archive/languages.ts`). A language archive's release entries are
 * translation entries; pages render them like releases (`src/components/ReleaseBody.astro`).
 */
export function getArchives(): Promise<Map<string, SiteArchive>> {
  archives ??= (async () => {
    const archive = await getArchive();
    const translations = await getCollection('translations');
    const registry = readTagRegistry(config.releasesDir);
    const out = new Map<string, SiteArchive>([['ar', archive]]);
    for (const lang of config.languages)
      out.set(
        lang,
        languageArchive(archive, translations, lang, registry) as unknown as SiteArchive,
      );
    return out;
  })();
  return archives;
}

/** The archive in one language (`ar` or a translation language of the site). */
export async function getLanguageArchive(lang: string): Promise<SiteArchive> {
  const archive = (await getArchives()).get(lang);
  if (!archive)
    throw new Error(
      `no archive in "${lang}": the site's languages are ar, ${config.languages.join(', ')}`,
    );
  return archive;
}

/** The languages each release is published in, by slug (`ar` first). */
export async function releaseLanguages(): Promise<Map<string, string[]>> {
  return languagesBySlug(await getArchives(), config.languages);
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
