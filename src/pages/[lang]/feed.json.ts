/** JSON Feed 1.1 of a translation language: `/fr/feed.json`. Items are built in `src/archive/feeds.ts`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { config } from '../../config/settings.ts';
import { getLanguageArchive } from '../../archive/content.ts';
import { feedContext } from '../../archive/feed-context.ts';
import { FEED_LIMIT, jsonFeed } from '../../archive/feeds.ts';
import { languageArchives } from '../../archive/language-routes.ts';
import { paths } from '../../archive/permalinks.ts';
import { siteIn } from '../../archive/site.ts';

export const getStaticPaths = (async () =>
  (await languageArchives()).map(({ lang }) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params['lang']!;
  const archive = await getLanguageArchive(lang);
  const releases = archive.releases.slice(0, FEED_LIMIT);
  const base = siteIn(lang).base;
  const scope = {
    title: config.title,
    description: config.description,
    pagePath: base,
    feedPath: paths.jsonFeed(base),
    releases,
    language: lang,
  };
  const feed = jsonFeed(scope, await feedContext(archive, releases, lang));
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
