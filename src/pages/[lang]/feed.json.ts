/** JSON Feed 1.1 of a translation language: `/fr/feed.json`. Items are built in `src/archive/feeds.ts`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonFeed } from '../../archive/feeds.ts';
import { languageArchives, languageFeed } from '../../archive/language-routes.ts';
import { paths } from '../../archive/permalinks.ts';

export const getStaticPaths = (async () =>
  (await languageArchives()).map(({ lang }) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { scope, ctx } = await languageFeed(params['lang']!, paths.jsonFeed, true);
  return new Response(JSON.stringify(jsonFeed(scope, ctx), null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
