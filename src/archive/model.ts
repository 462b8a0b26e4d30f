import type { CalendarDate } from '../arabic/dates.ts';
import { sortKey } from '../arabic/dates.ts';
import { excerpt } from '../release/excerpt.ts';
import { releaseSlug } from '../release/identity.ts';
import { groupTags, tagSlug, type TagGroup, type TagRegistryEntry } from './tags.ts';

/**
 * The archive's data model, computed once per build from the collection entries: releases in
 * newest-first order, tag groups, country and year facets. Pure: no Astro imports.
 */

/** The validated frontmatter of one release (output of `releaseSchema`). */
export interface ReleaseData<Img = unknown> {
  title: string;
  date: CalendarDate;
  dateline: string;
  issuer: string;
  countries: string[];
  tags: string[];
  summary?: string | undefined;
  image?:
    | { src: Img; alt: string; caption?: string | undefined; credit?: string | undefined }
    | undefined;
  draft: boolean;
  sample: boolean;
  updated?: CalendarDate | undefined;
  correction?: string | undefined;
  hijriDate?: string | undefined;
  reference?: string | undefined;
  slug?: string | undefined;
  /** Old addresses that redirect to the release (`src/release/aliases.ts`). */
  aliases?: string[] | undefined;
  /** Files offered with the release, paths relative to its folder (`src/release/attachments.ts`). */
  attachments?: { src: string; title: string }[] | undefined;
}

/** What the archive needs of a collection entry. */
export interface EntryLike<Img = unknown> {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  /** `archiveExcerpt`: the excerpt computed by the loader, when it did not keep the body. */
  rendered?: { metadata?: Record<string, unknown> | undefined } | undefined;
  data: ReleaseData<Img>;
}

/** One release, ready for pages, feeds and search. */
export interface Release<Img = unknown, E extends EntryLike<Img> = EntryLike<Img>> {
  entry: E;
  /** Permalink slug (decoded). */
  slug: string;
  /** Source file relative to the project, for messages. */
  file: string;
  data: ReleaseData<Img>;
  /** Tag slugs in frontmatter order, duplicates removed. */
  tagSlugs: string[];
  /** Plain-text excerpt (summary or first paragraph). */
  excerpt: string;
}

export interface Archive<Img = unknown, E extends EntryLike<Img> = EntryLike<Img>> {
  /** Published releases (drafts excluded), newest first. */
  releases: Release<Img, E>[];
  /** Number of drafts left out of the site. */
  drafts: number;
  tags: Map<string, TagGroup>;
  /** Country code → releases about it, newest first. */
  countries: Map<string, Release<Img, E>[]>;
  /** Tag slug → releases, newest first. */
  byTag: Map<string, Release<Img, E>[]>;
  /** Year → month → releases, newest first. */
  byMonth: Map<number, Map<number, Release<Img, E>[]>>;
}

/** Error thrown when the archive cannot be built from its releases (e.g. two releases on one URL). */
export class ArchiveError extends Error {
  override name = 'ArchiveError';
}

/** The excerpt the loader computed and stored instead of the body, if any. */
function storedExcerpt(entry: EntryLike): string | undefined {
  const stored = entry.rendered?.metadata?.['archiveExcerpt'];
  return typeof stored === 'string' ? stored : undefined;
}

/** The permalink slug of an entry (`releaseSlug` in src/release/files.ts). */
export function entrySlug(entry: EntryLike): string {
  return releaseSlug(entry.id, entry.data.slug || undefined);
}

/**
 * Builds the archive model.
 * @param entries - every entry of the `releases` collection, drafts included.
 * @param registry - optional tag registry.
 * @throws ArchiveError when two published releases end at the same URL, naming both files.
 */
export function buildArchive<Img, E extends EntryLike<Img>>(
  entries: readonly E[],
  registry: readonly TagRegistryEntry[] = [],
): Archive<Img, E> {
  const bySlug = new Map<string, Release<Img, E>>();
  let drafts = 0;
  for (const entry of entries) {
    if (entry.data.draft) {
      drafts += 1;
      continue;
    }
    const slug = entrySlug(entry);
    const file = entry.filePath ?? entry.id;
    const other = bySlug.get(slug);
    if (other) {
      throw new ArchiveError(
        `Two releases end at the same URL /releases/${slug}/:\n  ${other.file}\n  ${file}\nFix: keep the URL of the release that is already published; rename the folder (or file) of the other one, or give it a different "slug:" in its frontmatter.`,
      );
    }
    const tagSlugs = [...new Set(entry.data.tags.map(tagSlug))];
    bySlug.set(slug, {
      entry,
      slug,
      file,
      data: entry.data,
      tagSlugs,
      excerpt: storedExcerpt(entry) ?? excerpt(entry.data.summary, entry.body ?? ''),
    });
  }
  const releases = [...bySlug.values()].sort(
    (a, b) =>
      sortKey(b.data.date).localeCompare(sortKey(a.data.date)) || a.slug.localeCompare(b.slug),
  );
  const tags = groupTags(
    releases.map((r) => r.data.tags),
    registry,
  );
  const countries = new Map<string, Release<Img, E>[]>();
  const byTag = new Map<string, Release<Img, E>[]>();
  const byMonth = new Map<number, Map<number, Release<Img, E>[]>>();
  const push = <K>(map: Map<K, Release<Img, E>[]>, key: K, release: Release<Img, E>) => {
    const list = map.get(key);
    if (list) list.push(release);
    else map.set(key, [release]);
  };
  for (const release of releases) {
    for (const code of new Set(release.data.countries)) push(countries, code, release);
    for (const slug of release.tagSlugs) push(byTag, slug, release);
    const { year, month } = release.data.date;
    if (!byMonth.has(year)) byMonth.set(year, new Map());
    push(byMonth.get(year)!, month, release);
  }
  return { releases, drafts, tags, countries, byTag, byMonth };
}
