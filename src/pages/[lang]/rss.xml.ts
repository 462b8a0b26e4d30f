/** RSS 2.0 feed of a translation language: `/fr/rss.xml`. Items are built in `src/archive/feeds.ts`. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { config } from '../../config/settings.ts';
import { getLanguageArchive } from '../../archive/content.ts';
import { feedContext } from '../../archive/feed-context.ts';
import { FEED_LIMIT, rssFeed } from '../../archive/feeds.ts';
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
    feedPath: paths.feed(base),
    releases,
    language: lang,
  };
  return rss(rssFeed(scope, await feedContext(archive, releases, lang)));
};
