import { config } from '../config/settings.ts';
import { getLanguageArchive, releaseLanguages, type SiteArchive } from './content.ts';

/**
 * Astro glue for the pages of the translation languages (`src/pages/[lang]/…`): the languages
 * that have releases, with their archive, for `getStaticPaths`. A language without a published
 * translation has no pages at all.
 */
export async function languageArchives(): Promise<
  { lang: string; archive: SiteArchive; languages: Map<string, string[]> }[]
> {
  const languages = await releaseLanguages();
  const out = [];
  for (const lang of config.languages) {
    const archive = await getLanguageArchive(lang);
    if (archive.releases.length + archive.withdrawn.length > 0)
      out.push({ lang, archive, languages });
  }
  return out;
}
