import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `lastmod` for the sitemap (sitemaps.org protocol, W3C Datetime): a release page's last change,
 * its `updated` date or else its `date`, read from the `article:modified_time` the page itself
 * carries (src/layouts/Base.astro), so the sitemap says exactly what was published. Used by
 * `@astrojs/sitemap`'s `serialize` option in astro.config.mjs.
 */

const MARKER = Buffer.from('<meta property="article:modified_time" content="', 'latin1');
const QUOTE = 0x22;

/**
 * The `article:modified_time` of a built page, or `undefined` (pages other than releases).
 *
 * Works on the page's bytes and decodes only the datetime (ASCII, W3C Datetime): decoding the whole
 * page and keeping a match of it would keep the whole page alive, because V8 represents a
 * substring as a slice of its parent string. Read back from every release page while the sitemap
 * is written, that held ~37 kB per release (375 MiB at 10,000 releases, more than V8's 4 GB heap
 * at 100,000; BENCHMARKS.md, sixth round).
 * @param page - the page's UTF-8 bytes.
 * @returns a fresh string of the `content` attribute, or `undefined`.
 */
export function modifiedTime(page: Buffer): string | undefined {
  const at = page.indexOf(MARKER);
  if (at < 0) return undefined;
  const start = at + MARKER.length;
  const end = page.indexOf(QUOTE, start);
  return end > start ? page.toString('latin1', start, end) : undefined;
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
    let page: Buffer;
    try {
      page = file ? readFileSync(file) : Buffer.alloc(0);
    } catch {
      return item;
    }
    const lastmod = modifiedTime(page);
    return lastmod ? { ...item, lastmod } : item;
  };
}
