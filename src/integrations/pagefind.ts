import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { config } from '../config/settings.ts';
import { startSearchFeed, type SearchFeed } from '../search/build/feed.ts';
import { indexSite } from '../search/build/index-site.ts';

/**
 * The Astro integration: while `astro build` renders, the search feed prepares the index on the
 * other core (src/search/build/feed.ts, fed by src/search/build/feed-middleware.ts); at the end
 * of the build, {@link indexSite} assembles it. Wiring only.
 * @param options.indexLater - leave the index step to the caller (`npm run build` runs it in a
 *   fresh process, scripts/build.ts); the feed still runs.
 * @param options.feed - `false`: no feed (plain Pagefind comparisons, `ARCHIVE_SEARCH_PLAIN=1`).
 */
export default function pagefindIntegration({
  indexLater = false,
  feed: feedOn = true,
}: { indexLater?: boolean; feed?: boolean } = {}): AstroIntegration {
  let outDir = '';
  /** Astro's `cacheDir`, where unchanged parts are kept between builds (src/search/build/cache.ts). */
  let cacheDir = '';
  let feed: SearchFeed | undefined;
  return {
    name: 'archive-pagefind',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build' && feedOn)
          addMiddleware({
            entrypoint: new URL('../search/build/feed-middleware.ts', import.meta.url),
            order: 'pre',
          });
      },
      'astro:config:done': ({ config: astroConfig }) => {
        outDir = fileURLToPath(astroConfig.outDir);
        cacheDir = fileURLToPath(astroConfig.cacheDir);
      },
      'astro:build:start': () => {
        if (feedOn)
          feed = startSearchFeed({
            outDir,
            cacheDir,
            partSize: config.searchPartSize,
            // Deferring a part helps only when the index step runs after Astro has exited.
            memoryMiB: indexLater ? config.searchFeedMemory : Number.POSITIVE_INFINITY,
          });
      },
      'astro:build:done': async ({ logger }) => {
        if (feed) {
          const result = await feed.finish();
          if (result.error) throw new Error(result.error);
          logger.info(
            `search feed: ${result.rendered} release pages prepared while rendering, ${result.built} parts built` +
              (result.deferred
                ? `, ${result.deferred} left to the index step (searchFeedMemory: ${config.searchFeedMemory} MiB)`
                : ''),
          );
          if (result.unmatched)
            logger.warn(
              `search index: ${result.unmatched} words of result excerpts could not be restored to their original spelling`,
            );
        }
        if (!indexLater) await indexSite(outDir, cacheDir, logger);
      },
    },
  };
}
