/** RSS 2.0 feed of the whole archive: `/rss.xml`. Items are built in `src/archive/feeds.ts`. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { config } from '../config/settings.ts';
import { getArchive } from '../archive/content.ts';
import { feedContext } from '../archive/feed-context.ts';
import { FEED_LIMIT, rssFeed } from '../archive/feeds.ts';
import { paths } from '../archive/permalinks.ts';

export const GET: APIRoute = async () => {
  const archive = await getArchive();
  const releases = archive.releases.slice(0, FEED_LIMIT);
  const scope = {
    title: config.title,
    description: config.description,
    pagePath: config.base,
    feedPath: paths.feed(config.base),
    releases,
  };
  return rss(rssFeed(scope, await feedContext(archive, releases)));
};
