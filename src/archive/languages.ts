import { buildArchive, type Archive, type EntryLike, type ReleaseData } from './model.ts';
import type { TagRegistryEntry } from './tags.ts';

/**
 * The archive in a translation's language (`/fr/…`, `/en/…`): the published releases that have a
 * translation into it, each with the translation's title, summary, dateline, alt text, caption and
 * text, and everything else (date, countries, tags, images, reference, withdrawal) from the
 * original. Tag, country and month facets count only those releases. Pure.
 */

/** What a translation sets (output of `translationSchema`). */
export interface TranslationData {
  title: string;
  summary?: string | undefined;
  dateline?: string | undefined;
  image?: { alt?: string | undefined; caption?: string | undefined } | undefined;
  draft: boolean;
}

/** A translations collection entry: id `<lang>/<original id>`. */
export interface TranslationLike {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  rendered?: { metadata?: Record<string, unknown> | undefined } | undefined;
  data: TranslationData;
}

/**
 * The original's data with what the translation sets.
 * @param original - the original release's frontmatter.
 * @param translation - the translation's frontmatter.
 */
export function mergeTranslation<Img>(
  original: ReleaseData<Img>,
  translation: TranslationData,
): ReleaseData<Img> {
  const image = original.image && {
    ...original.image,
    alt: translation.image?.alt ?? original.image.alt,
    caption: translation.image?.caption ?? original.image.caption,
  };
  return {
    ...original,
    title: translation.title,
    summary: translation.summary,
    dateline: translation.dateline ?? original.dateline,
    image,
  };
}

/** The language and original entry id of a translation entry id (`fr/2025/x` → `fr`, `2025/x`). */
export function splitTranslationId(id: string): { lang: string; original: string } {
  const at = id.indexOf('/');
  return { lang: id.slice(0, at), original: id.slice(at + 1) };
}

/**
 * The archive in one language.
 * @param archive - the Arabic archive (published releases only).
 * @param translations - every translations entry (all languages).
 * @param lang - ISO 639-1 code.
 * @param registry - the tag registry.
 * @returns an archive whose release entries are the translation entries (their text renders),
 *   with merged data; the same slugs as the originals.
 */
export function languageArchive<Img, E extends EntryLike<Img>, T extends TranslationLike>(
  archive: Archive<Img, E>,
  translations: readonly T[],
  lang: string,
  registry: readonly TagRegistryEntry[] = [],
): Archive<Img, T & EntryLike<Img>> {
  const originals = new Map(
    [...archive.releases, ...archive.withdrawn].map((r) => [r.entry.id, r] as const),
  );
  const entries = translations.flatMap((t) => {
    const { lang: l, original } = splitTranslationId(t.id);
    const release = originals.get(original);
    if (l !== lang || !release || t.data.draft) return [];
    return [{ ...t, data: mergeTranslation(release.data, t.data) } as T & EntryLike<Img>];
  });
  return buildArchive<Img, T & EntryLike<Img>>(entries, registry);
}

/**
 * The languages each release is published in, by slug: `ar` first, then its translations in the
 * site's order.
 * @param languages - the site's translation languages (`languages` in archive.config.mjs).
 */
export function languagesBySlug(
  archives: ReadonlyMap<string, Archive>,
  languages: readonly string[],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const lang of ['ar', ...languages]) {
    const archive = archives.get(lang);
    if (!archive) continue;
    for (const r of [...archive.releases, ...archive.withdrawn]) {
      const list = out.get(r.slug) ?? [];
      list.push(lang);
      out.set(r.slug, list);
    }
  }
  return out;
}
