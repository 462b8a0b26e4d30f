/** JSON Feed 1.1 of the whole archive: `/feed.json`. Items are built in `src/archive/feeds.ts`. */
import type { APIRoute } from 'astro';
import { config } from '../config/settings.ts';
import { getArchive } from '../archive/content.ts';
import { feedContext } from '../archive/feed-context.ts';
import { FEED_LIMIT, jsonFeed } from '../archive/feeds.ts';
import { paths } from '../archive/permalinks.ts';

export const GET: APIRoute = async () => {
  const archive = await getArchive();
  const releases = archive.releases.slice(0, FEED_LIMIT);
  const scope = {
    title: config.title,
    description: config.description,
    pagePath: config.base,
    feedPath: paths.jsonFeed(config.base),
    releases,
  };
  const feed = jsonFeed(scope, await feedContext(archive, releases, { fullText: true }));
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
