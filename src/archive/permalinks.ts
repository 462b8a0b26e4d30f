import { toNfc } from '../arabic/text.ts';

/**
 * Every URL of the archive is built here, so an Arabic slug is percent-encoded the same way
 * (NFC, then `encodeURIComponent` per path segment, RFC 3986) in links, canonical URLs, the
 * sitemap, feeds and the search index. Paths end with `/` (Astro's `trailingSlash: 'always'`).
 *
 * Stable permalinks:
 * - release: `/releases/<slug>/`
 * - tag: `/tags/<tag-slug>/`, page n ≥ 2: `/tags/<tag-slug>/<n>/`
 * - country: `/countries/<code lower case>/`, page n: `/countries/<code>/<n>/`
 * - home page n ≥ 2: `/<n>/`; archive: `/archive/<yyyy>/`, `/archive/<yyyy>/<mm>/`
 */

/** Percent-encodes one path segment after NFC normalisation. */
export function encodeSegment(segment: string): string {
  return encodeURIComponent(toNfc(segment));
}

/**
 * Joins a base path and segments into an encoded path ending in `/`.
 * @param base - base path from config (`/` or `/press/`).
 * @param segments - raw (decoded) segments; empty ones are skipped.
 */
export function joinPath(base: string, ...segments: (string | number | undefined)[]): string {
  const parts = segments
    .filter((s) => s !== undefined && s !== '')
    .map((s) => encodeSegment(String(s)));
  return `${base}${parts.length ? `${parts.join('/')}/` : ''}`;
}

/** Adds `/<n>/` for page numbers ≥ 2. */
const pageSegment = (page = 1) => (page > 1 ? String(page) : undefined);

export const paths = {
  /**
   * Home page, or `/page/<n>/` for later pages (a bare `/<n>/` would make page 404 of a large
   * archive collide with the not-found page `/404/`).
   */
  home: (base: string, page = 1) => (page > 1 ? joinPath(base, 'page', page) : base),
  release: (base: string, slug: string) => joinPath(base, 'releases', slug),
  tags: (base: string) => joinPath(base, 'tags'),
  tag: (base: string, slug: string, page = 1) => joinPath(base, 'tags', slug, pageSegment(page)),
  tagFeed: (base: string, slug: string) => `${joinPath(base, 'tags', slug)}rss.xml`,
  countries: (base: string) => joinPath(base, 'countries'),
  country: (base: string, code: string, page = 1) =>
    joinPath(base, 'countries', code.toLowerCase(), pageSegment(page)),
  countryFeed: (base: string, code: string) =>
    `${joinPath(base, 'countries', code.toLowerCase())}rss.xml`,
  archive: (base: string) => joinPath(base, 'archive'),
  year: (base: string, year: number) => joinPath(base, 'archive', year),
  month: (base: string, year: number, month: number, page = 1) =>
    joinPath(base, 'archive', year, String(month).padStart(2, '0'), pageSegment(page)),
  search: (base: string) => joinPath(base, 'search'),
  /** A release's share card, e.g. `/releases/<slug>/share-og.png` (src/share/card-layout.ts). */
  releaseCard: (base: string, slug: string, variant: string) =>
    `${joinPath(base, 'releases', slug)}share-${variant}.png`,
  /** A file of the office's identity: `/brand/emblem.svg`, `/brand/emblem-512.png`, `/brand/share-og.png`. */
  brand: (base: string, file: string) => `${base}brand/${file}`,
  feed: (base: string) => `${base}rss.xml`,
  jsonFeed: (base: string) => `${base}feed.json`,
};

/**
 * Absolute URL for a path produced by {@link paths}.
 * @param site - origin from config, without trailing slash.
 * @param path - an already encoded path starting with `/`.
 */
export function absoluteUrl(site: string, path: string): string {
  return `${site.replace(/\/+$/, '')}${path}`;
}
