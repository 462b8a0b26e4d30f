/** RSS 2.0 feed of one country: `/countries/<code>/rss.xml`. Items are built in `src/archive/feeds.ts`. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { config } from '../../../config/settings.ts';
import { cacheKey, getArchive } from '../../../archive/content.ts';
import { feedContext } from '../../../archive/feed-context.ts';
import { FEED_LIMIT, rssFeed } from '../../../archive/feeds.ts';
import { paths } from '../../../archive/permalinks.ts';
import { t } from '../../../i18n/index.ts';
import { site } from '../../../archive/site.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return [...archive.countries].map(([code, releases]) => ({
    params: { code: code.toLowerCase() },
    props: { code },
    cacheKey: cacheKey(releases.slice(0, FEED_LIMIT), code),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const archive = await getArchive();
  const code = (props as { code: string }).code;
  const name = site.country(code);
  const releases = (archive.countries.get(code) ?? []).slice(0, FEED_LIMIT);
  const scope = {
    title: t.countries.feedTitle(config.title, name),
    description: t.countries.feedDescription(name, config.title),
    pagePath: paths.country(config.base, code),
    feedPath: paths.countryFeed(config.base, code),
    releases,
  };
  return rss(rssFeed(scope, await feedContext(archive, releases)));
};
