import { looseKey } from '../arabic/fold.ts';
import { cleanTag, tagSlug, type TagRegistryEntry } from '../archive/tags.ts';
import { say } from '../messages/index.ts';
import type { CheckedRelease } from './release.ts';
import type { Diagnostic } from './types.ts';

/**
 * Warns about tags written as a variant of an existing tag, suggesting the existing spelling:
 * - same tag identity, different spelling (tashkeel, hamza on alef…): the site merges them, but
 *   the preferred spelling keeps the archive consistent;
 * - a looser variant (ة/ه, ى/ي, ؤ/ئ/ء, a missing "ال") that the site would publish as a separate tag page.
 * The preferred spelling is the tag registry's, else the one most releases use.
 */

/**
 * The preferred spelling of every tag, keyed by `looseKey` (arabic/fold.ts): the registry's spelling,
 * else the spelling most releases use (ties broken by Arabic collation).
 * @param tagLists - the tags of each release as written.
 * @param registry - tag registry entries.
 */
export function preferredSpellings(
  tagLists: Iterable<readonly string[]>,
  registry: readonly TagRegistryEntry[] = [],
): Map<string, string> {
  const usage = new Map<string, number>();
  for (const tags of tagLists)
    for (const t of new Set(tags.map(cleanTag))) usage.set(t, (usage.get(t) ?? 0) + 1);
  const preferredBy = new Map<string, string>();
  const rank = (spelling: string) => usage.get(spelling) ?? 0;
  const collator = new Intl.Collator('ar');
  const spellings = [...usage.keys()].sort((a, b) => rank(b) - rank(a) || collator.compare(a, b));
  for (const entry of registry) preferredBy.set(looseKey(entry.name), cleanTag(entry.name));
  for (const spelling of spellings)
    if (!preferredBy.has(looseKey(spelling))) preferredBy.set(looseKey(spelling), spelling);
  return preferredBy;
}

/**
 * @param releases - every checked release.
 * @param registry - the tag registry (`releases/tags.yaml`) entries.
 * @returns `tag-variant` warnings on the line of each variant tag.
 */
export function tagVariants(
  releases: readonly CheckedRelease[],
  registry: readonly TagRegistryEntry[] = [],
): Diagnostic[] {
  const preferredBy = preferredSpellings(
    releases.map((r) => r.tags),
    registry,
  );
  const out: Diagnostic[] = [];
  for (const r of releases) {
    r.tags.forEach((raw, index) => {
      const spelling = cleanTag(raw);
      let slug: string;
      try {
        slug = tagSlug(spelling);
      } catch {
        return; // reported by the schema
      }
      const preferred = preferredBy.get(looseKey(spelling));
      if (!preferred || preferred === spelling) return;
      const sameTag = tagSlug(preferred) === slug;
      out.push({
        severity: 'warning',
        rule: 'tag-variant',
        file: r.file,
        line: r.lineOf(['tags', index]),
        field: `tags[${index}]`,
        ...say('tag.variant', { spelling, preferred, sameTag, registry: registry.length > 0 }),
      });
    });
  }
  return out;
}
