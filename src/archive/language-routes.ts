import { config } from '../config/settings.ts';
import { getLanguageArchive, releaseLanguages, type SiteArchive } from './content.ts';
import { feedContext } from './feed-context.ts';
import { FEED_LIMIT, type FeedContext, type FeedScope } from './feeds.ts';
import { siteIn } from './site.ts';

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

/**
 * The whole-archive feed of a translation language (`/fr/rss.xml`, `/fr/feed.json`): its scope and
 * context for `rssFeed` / `jsonFeed`.
 * @param feedPath - the feed's encoded path, from the language's base (`paths.feed(base)`).
 * @param fullText - include each release's text as HTML (the JSON Feed's `content_html`).
 */
export async function languageFeed(
  lang: string,
  feedPath: (base: string) => string,
  fullText = false,
): Promise<{ scope: FeedScope; ctx: FeedContext }> {
  const archive = await getLanguageArchive(lang);
  const releases = archive.releases.slice(0, FEED_LIMIT);
  const base = siteIn(lang).base;
  const scope = {
    title: config.title,
    description: config.description,
    pagePath: base,
    feedPath: feedPath(base),
    releases,
    language: lang,
  };
  return { scope, ctx: await feedContext(archive, releases, { lang, fullText }) };
}
