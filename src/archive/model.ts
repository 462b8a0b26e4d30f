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
  image?: { src: Img; alt: string; caption?: string | undefined; credit?: string | undefined } | undefined;
  draft: boolean;
  sample: boolean;
  updated?: CalendarDate | undefined;
  correction?: string | undefined;
  hijriDate?: string | undefined;
  reference?: string | undefined;
  slug?: string | undefined;
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
export function buildArchive<Img, E extends EntryLike<Img>>(entries: readonly E[], registry: readonly TagRegistryEntry[] = []): Archive<Img, E> {
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
    bySlug.set(slug, { entry, slug, file, data: entry.data, tagSlugs, excerpt: storedExcerpt(entry) ?? excerpt(entry.data.summary, entry.body ?? '') });
  }
  const releases = [...bySlug.values()].sort(
    (a, b) => sortKey(b.data.date).localeCompare(sortKey(a.data.date)) || a.slug.localeCompare(b.slug),
  );
  const tags = groupTags(releases.map((r) => r.data.tags), registry);
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

/** Per-archive lookup tables for {@link relatedReleases}, built once per archive. */
interface RelatedIndex<R> {
  position: Map<R, number>;
  /** Tag slug / country code → positions (in `archive.releases`) of its releases. */
  byTag: Map<string, Int32Array>;
  byCountry: Map<string, Int32Array>;
  /** Scratch scores by release position, all zero between calls. */
  scores: Int32Array;
  /** Scratch list of positions with a non-zero score. */
  touched: Int32Array;
}
const relatedIndexes = new WeakMap<object, RelatedIndex<unknown>>();

function relatedIndex<Img, E extends EntryLike<Img>>(archive: Archive<Img, E>): RelatedIndex<Release<Img, E>> {
  type R = Release<Img, E>;
  let index = relatedIndexes.get(archive) as RelatedIndex<R> | undefined;
  if (!index) {
    const position = new Map(archive.releases.map((r, i) => [r, i]));
    const positions = (map: Map<string, R[]>) => new Map([...map].map(([key, list]) => [key, Int32Array.from(list, (r) => position.get(r)!)]));
    index = {
      position,
      byTag: positions(archive.byTag),
      byCountry: positions(archive.countries),
      scores: new Int32Array(archive.releases.length),
      touched: new Int32Array(archive.releases.length),
    };
    relatedIndexes.set(archive, index as RelatedIndex<unknown>);
  }
  return index;
}

/**
 * Releases sharing the most tags and countries with the given one (ties: newest first), among
 * the `window` releases published just before and the `window` just after it in each shared tag
 * and country (all of them in most archives: 200 on each side by default). A shared tag counts 2,
 * a shared country 1. Works on typed arrays of release positions so that rendering every release
 * page stays fast at 100,000 releases (BENCHMARKS.md): releases sharing a tag are scored first
 * (countries compared directly); the per-country lists are only walked when a release sharing no
 * tag could still reach the top `limit`. The window bounds the work per page where one tag holds
 * tens of thousands of releases, and keeps the suggestions close in time.
 * @param limit - at most this many (default 4).
 * @param window - releases considered on each side of this one, per shared tag or country.
 */
export function relatedReleases<Img, E extends EntryLike<Img>>(archive: Archive<Img, E>, release: Release<Img, E>, limit = 4, window = 200): Release<Img, E>[] {
  const { position, byTag, byCountry, scores, touched } = relatedIndex(archive);
  const self = position.get(release) ?? -1;
  const mine = release.data.countries;
  let count = 0;
  const bump = (list: Int32Array | undefined, weight: number) => {
    if (!list) return;
    // Lists hold positions in ascending order (newest first): start `window` before this release.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]! < self) lo = mid + 1;
      else hi = mid;
    }
    const end = Math.min(list.length, lo + window + 1);
    for (let k = Math.max(0, lo - window); k < end; k++) {
      const i = list[k]!;
      if (i === self) continue;
      if (scores[i] === 0) touched[count++] = i;
      scores[i]! += weight;
    }
  };
  const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  /** Top `limit` touched positions by score (descending), then archive order (newest first). */
  const top = () => {
    const best: number[] = [];
    for (let k = 0; k < count; k++) {
      const i = touched[k]!;
      if (best.length === limit && (limit === 0 || !better(i, best[limit - 1]!))) continue;
      let at = best.length === limit ? limit - 1 : best.length;
      best[at] = i;
      while (at > 0 && better(best[at]!, best[at - 1]!)) {
        [best[at - 1], best[at]] = [best[at]!, best[at - 1]!];
        at--;
      }
    }
    return best;
  };
  const reset = () => {
    for (let k = 0; k < count; k++) scores[touched[k]!] = 0;
    count = 0;
  };
  // Pass 1: releases sharing a tag, with their shared countries counted directly.
  for (const slug of release.tagSlugs) bump(byTag.get(slug), 2);
  for (let k = 0; k < count; k++) {
    const i = touched[k]!;
    const theirs = archive.releases[i]!.data.countries;
    for (const code of mine) if (theirs.includes(code)) scores[i]! += 1;
  }
  let best = top();
  // A release sharing only countries scores at most mine.length: it can only matter when the
  // weakest of the top `limit` does not score more than that. Then score everything.
  if (best.length < limit || scores[best[limit - 1]!]! <= mine.length) {
    reset();
    for (const slug of release.tagSlugs) bump(byTag.get(slug), 2);
    for (const code of mine) bump(byCountry.get(code), 1);
    best = top();
  }
  const result = best.map((i) => archive.releases[i]!);
  reset();
  return result;
}
