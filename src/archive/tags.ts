import { termKey } from '../arabic/fold.ts';
import { collapseWhitespace, toNfc } from '../arabic/text.ts';
import { slugify } from '../arabic/slug.ts';

/**
 * Tags are free Arabic (or Latin) terms. Their identity ignores what Arabic readers treat as the
 * same word: NFC, tashkeel, tatweel, hamza forms of alef, white space, zero-width characters and
 * punctuation. The identity is the tag's slug, so two spellings can never collide on one URL.
 */

/** One entry of the optional tag registry (`<releasesDir>/tags.yaml`). */
export interface TagRegistryEntry {
  /** Preferred spelling, shown on every page whatever the releases write. */
  name: string;
  /** Short description shown on the tag page. */
  description?: string;
}

/** A tag as it appears on the site: all spellings merged. */
export interface TagGroup {
  /** URL slug and identity (see {@link tagSlug}). */
  slug: string;
  /** Spelling shown to readers: the registry's, else the one most releases use. */
  label: string;
  /** Number of releases carrying the tag. */
  count: number;
  /** Every spelling seen, with how many releases use it. */
  spellings: Map<string, number>;
  description?: string;
}

/**
 * Cleans a tag as written: NFC, invisibles removed, white space collapsed. Tashkeel is kept (it
 * is the publisher's spelling); identity is {@link tagSlug}.
 */
export function cleanTag(tag: string): string {
  return collapseWhitespace(toNfc(tag));
}

/**
 * Identity and URL slug of a tag: `slugify(termKey(tag))`.
 * @example tagSlug('الأمْن  الوطـني') === tagSlug('الامن الوطني') === 'الامن-الوطني'
 * @throws Error when the tag has no letters or digits.
 */
export function tagSlug(tag: string): string {
  return slugify(termKey(tag));
}

/**
 * Merges the tags of many releases into tag groups.
 * @param releasesTags - for each release, its tags as written (duplicates within one release count once).
 * @param registry - optional registry entries (preferred spellings, descriptions).
 * @returns groups keyed by slug; the label is the registry spelling, else the most used spelling
 *   (ties broken by Arabic collation, so the result does not depend on file order).
 */
export function groupTags(
  releasesTags: Iterable<readonly string[]>,
  registry: readonly TagRegistryEntry[] = [],
): Map<string, TagGroup> {
  const groups = new Map<string, TagGroup>();
  for (const tags of releasesTags) {
    const seen = new Set<string>();
    for (const raw of tags) {
      const spelling = cleanTag(raw);
      const slug = tagSlug(spelling);
      if (seen.has(slug)) continue;
      seen.add(slug);
      let group = groups.get(slug);
      if (!group) {
        group = { slug, label: spelling, count: 0, spellings: new Map() };
        groups.set(slug, group);
      }
      group.count += 1;
      group.spellings.set(spelling, (group.spellings.get(spelling) ?? 0) + 1);
    }
  }
  const collator = new Intl.Collator('ar');
  const preferred = new Map(registry.map((entry) => [tagSlug(entry.name), entry]));
  for (const group of groups.values()) {
    const entry = preferred.get(group.slug);
    if (entry) {
      group.label = cleanTag(entry.name);
      if (entry.description) group.description = entry.description;
      continue;
    }
    group.label = [...group.spellings].sort(
      (a, b) => b[1] - a[1] || collator.compare(a[0], b[0]),
    )[0]![0];
  }
  return groups;
}

/**
 * Sorts tag groups for the tag index: by Arabic collation of the label (`Intl.Collator('ar')`).
 * @returns a new array.
 */
export function sortTagGroups(groups: Iterable<TagGroup>): TagGroup[] {
  const collator = new Intl.Collator('ar');
  return [...groups].sort((a, b) => collator.compare(a.label, b.label));
}

/** A tag as a release page shows it. */
export interface ReleaseTag {
  slug: string;
  /** The archive's label when the tag is listed, else the release's own spelling. */
  label: string;
  /** True when the tag has a page (a listed release carries it). */
  listed: boolean;
}

/**
 * The tags of one release, in its order, as its page shows them. A withdrawn release may carry a
 * tag no listed release has: that tag has no page, so it is shown unlinked.
 * @param release - the release's tag slugs and its tags as written.
 * @param groups - the archive's tag groups (listed releases only).
 */
export function releaseTags(
  release: { tagSlugs: readonly string[]; data: { tags: readonly string[] } },
  groups: ReadonlyMap<string, TagGroup>,
): ReleaseTag[] {
  return release.tagSlugs.map((slug) => {
    const group = groups.get(slug);
    if (group) return { slug, label: group.label, listed: true };
    const own = release.data.tags.find((t) => tagSlug(t) === slug) ?? slug;
    return { slug, label: cleanTag(own), listed: false };
  });
}
