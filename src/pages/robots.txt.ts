/** `/robots.txt`: allows crawling and names the sitemap (built by @astrojs/sitemap). */
import type { APIRoute } from 'astro';
import { config } from '../config/settings.ts';
import { absoluteUrl } from '../archive/permalinks.ts';
import { robotsTxt } from '../archive/robots.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(absoluteUrl(config.site, `${config.base}sitemap-index.xml`)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
