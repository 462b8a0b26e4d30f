/** RSS 2.0 feed of one tag: `/tags/<tag-slug>/rss.xml`. Items are built in `src/archive/feeds.ts`. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { config } from '../../../config/settings.ts';
import { cacheKey, getArchive } from '../../../archive/content.ts';
import { feedContext } from '../../../archive/feed-context.ts';
import { FEED_LIMIT, rssFeed } from '../../../archive/feeds.ts';
import { paths } from '../../../archive/permalinks.ts';
import { t } from '../../../i18n/index.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return [...archive.tags.values()].map((tag) => ({
    params: { tag: tag.slug },
    cacheKey: cacheKey((archive.byTag.get(tag.slug) ?? []).slice(0, FEED_LIMIT), [
      tag.label,
      tag.description,
    ]),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const archive = await getArchive();
  const tag = archive.tags.get(params['tag']!)!;
  const releases = (archive.byTag.get(tag.slug) ?? []).slice(0, FEED_LIMIT);
  const scope = {
    title: t.tags.feedTitle(config.title, tag.label),
    description: tag.description ?? t.tags.feedDescription(tag.label, config.title),
    pagePath: paths.tag(config.base, tag.slug),
    feedPath: paths.tagFeed(config.base, tag.slug),
    releases,
  };
  return rss(rssFeed(scope, await feedContext(archive, releases)));
};
