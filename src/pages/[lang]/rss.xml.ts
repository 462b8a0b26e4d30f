/** RSS 2.0 feed of a translation language: `/fr/rss.xml`. Items are built in `src/archive/feeds.ts`. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { rssFeed } from '../../archive/feeds.ts';
import { languageArchives, languageFeed } from '../../archive/language-routes.ts';
import { paths } from '../../archive/permalinks.ts';

export const getStaticPaths = (async () =>
  (await languageArchives()).map(({ lang }) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { scope, ctx } = await languageFeed(params['lang']!, paths.feed);
  return rss(rssFeed(scope, ctx));
};
