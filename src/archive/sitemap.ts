import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `lastmod` for the sitemap (sitemaps.org protocol, W3C Datetime): a release page's last change,
 * its `updated` date or else its `date`, read from the `article:modified_time` the page itself
 * carries (src/layouts/Base.astro), so the sitemap says exactly what was published. Used by
 * `@astrojs/sitemap`'s `serialize` option in astro.config.mjs.
 */

const MODIFIED = /<meta property="article:modified_time" content="([^"]+)"/;

/** The `article:modified_time` of a built page, or `undefined` (pages other than releases). */
export function modifiedTime(html: string): string | undefined {
  return MODIFIED.exec(html)?.[1];
}

/**
 * The built HTML file of a sitemap URL.
 * @param url - absolute URL of a page (percent-encoded, ends with `/`).
 * @param site - the archive's absolute URL with its base path, e.g. `https://x.org/press/`.
 * @param outDir - the built folder.
 */
export function pageFile(url: string, site: string, outDir: string): string | undefined {
  if (!url.startsWith(site)) return undefined;
  return join(outDir, decodeURIComponent(url.slice(site.length)), 'index.html');
}

/**
 * A `serialize` function for `@astrojs/sitemap`: adds `lastmod` to release pages.
 * @param site - the archive's absolute URL with its base path.
 * @param outDir - the built folder, read after the pages are written.
 */
export function sitemapLastmod(site: string, outDir: string) {
  return <T extends { url: string; lastmod?: string | undefined }>(item: T): T => {
    if (!new URL(item.url).pathname.includes('/releases/')) return item;
    const file = pageFile(item.url, site, outDir);
    let html: string;
    try {
      html = file ? readFileSync(file, 'utf8') : '';
    } catch {
      return item;
    }
    const lastmod = modifiedTime(html);
    return lastmod ? { ...item, lastmod } : item;
  };
}
