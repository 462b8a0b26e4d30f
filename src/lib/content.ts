import { getCollection, type CollectionEntry } from 'astro:content';
import { buildArchive, type Archive, type Release } from './archive.ts';
import { config } from './config.ts';
import { readTagRegistry } from './tag-registry.ts';

/**
 * Astro glue: loads the `releases` collection once per build and returns the archive model.
 * Pages call {@link getArchive}; everything else is pure and lives in `archive.ts`.
 */
type Entry = CollectionEntry<'releases'>;
export type ImageSrc = Entry['data'] extends { image?: infer I } ? (I extends { src: infer S } ? S : never) : never;
export type SiteRelease = Release<ImageSrc, Entry>;
export type SiteArchive = Archive<ImageSrc, Entry>;

let cached: Promise<SiteArchive> | undefined;

/** The archive model for this build (memoised). */
export function getArchive(): Promise<SiteArchive> {
  cached ??= getCollection('releases').then((entries) => buildArchive<ImageSrc, Entry>(entries, readTagRegistry(config.releasesDir)));
  return cached;
}
