import { defineMiddleware } from 'astro:middleware';
import { sortKey } from '../../arabic/dates.ts';
import { getArchive } from '../../archive/content.ts';
import { feedSink, releasePageFile } from './feed-slot.ts';

/**
 * Build-time middleware added by the search integration: hands every rendered release page to
 * the search feed (src/search/build/feed.ts) so that it is prepared for the index while Astro
 * renders the next pages, on the other core. The response goes on unchanged (a clone is read).
 * Wiring only.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sink = feedSink();
  const slug = context.params['slug'];
  if (!sink || context.routePattern !== '/releases/[slug]' || typeof slug !== 'string')
    return response;
  if (sink.wantsPlan) {
    sink.wantsPlan = false;
    const archive = await getArchive();
    sink.plan(
      archive.releases.map((r) => ({
        id: releasePageFile(r.slug),
        year: r.data.date.year,
        key: sortKey(r.data.date),
      })),
    );
  }
  sink.page(releasePageFile(slug), await response.clone().text());
  return response;
});
