import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { Release } from './model.ts';
import type { ArchiveConfig } from '../config/settings.ts';
import { toInstant, toIsoWithOffset } from '../arabic/dates.ts';
import { absoluteUrl, paths } from './permalinks.ts';

/**
 * Feed items for RSS 2.0 (https://www.rssboard.org/rss-specification, rendered by `@astrojs/rss`)
 * and JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). Pure: endpoints in `src/pages/`
 * pass the releases, the config and name look-ups, and write the result.
 *
 * Every URL is absolute and percent-encoded (built with `paths` + `absoluteUrl`); dates are the
 * release's calendar date and wall-clock time in the archive time zone (`toInstant`).
 */

/** Newest releases per feed; feed readers only poll for recent items. */
export const FEED_LIMIT = 50;

const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
};

/** What the feed builders need besides the releases. */
export interface FeedContext<Img = unknown> {
  config: Pick<ArchiveConfig, 'title' | 'description' | 'publisher' | 'site' | 'base' | 'timeZone'>;
  /** Arabic country name for an ISO 3166-1 alpha-2 code. */
  countryName: (code: string) => string;
  /** Label shown to readers for a tag slug. */
  tagLabel: (slug: string) => string;
  /** Absolute URL of a release's share image (its card, PNG). */
  imageUrl?: ((release: Release<Img>) => string | undefined) | undefined;
  /** The release's full text as HTML with absolute URLs (JSON Feed `content_html`). */
  contentHtml?: ((release: Release<Img>) => string | undefined) | undefined;
}

/** One feed: the whole archive, a tag or a country. */
export interface FeedScope<Img = unknown> {
  /** Feed title, e.g. `<archive> – <tag>`. */
  title: string;
  description: string;
  /** Encoded path of the HTML page the feed mirrors (the channel `link`). */
  pagePath: string;
  /** Encoded path of the feed itself (Atom `self` link / JSON Feed `feed_url`). */
  feedPath: string;
  /** Releases, newest first; only the first {@link FEED_LIMIT} are used. */
  releases: readonly Release<Img>[];
}

/** Escapes text for XML element content and attribute values (XML 1.0 §2.4). */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

/**
 * Plain text as the HTML that RSS 2.0 `<description>` holds ("entity-encoded HTML", RSS Board):
 * feed readers decode the XML and then render the result as HTML, so a release quoting
 * `<script>` must reach them as `&lt;script&gt;`, shown as text, never as markup.
 */
export function textAsHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}

/** Absolute, percent-encoded permalink of a release. */
export function releaseUrl(release: Release, config: FeedContext['config']): string {
  return absoluteUrl(config.site, paths.release(config.base, release.slug));
}

/**
 * The RSS item of a release: title, permalink (also the guid), publication instant, excerpt,
 * tag labels and country names as categories, issuer as `dc:creator`, share image as `media:content`.
 */
export function rssItem<Img>(release: Release<Img>, ctx: FeedContext<Img>): RSSFeedItem {
  const image = ctx.imageUrl?.(release);
  return {
    title: release.data.title,
    link: releaseUrl(release as Release, ctx.config),
    pubDate: toInstant(release.data.date, ctx.config.timeZone),
    description: textAsHtml(release.excerpt),
    categories: [
      ...release.tagSlugs.map(ctx.tagLabel),
      ...release.data.countries.map(ctx.countryName),
    ],
    customData: [
      `<dc:creator>${escapeXml(release.data.issuer)}</dc:creator>`,
      image ? `<media:content url="${escapeXml(image)}" medium="image" type="image/png" />` : '',
    ].join(''),
  };
}

/**
 * Options for `@astrojs/rss` (`rss(options)` in an endpoint): an RSS 2.0 channel in Arabic with an
 * Atom `self` link and a deterministic `lastBuildDate` (the latest publication or update instant).
 */
export function rssFeed<Img>(scope: FeedScope<Img>, ctx: FeedContext<Img>): RSSOptions {
  const releases = scope.releases.slice(0, FEED_LIMIT);
  const { config } = ctx;
  const self = absoluteUrl(config.site, scope.feedPath);
  // The latest publication or update among the items, so the date does not change between builds.
  const lastChange = releases
    .map((r) => toInstant(r.data.updated ?? r.data.date, config.timeZone))
    .reduce<Date | undefined>((a, b) => (a && a > b ? a : b), undefined);
  return {
    title: scope.title,
    description: scope.description,
    site: absoluteUrl(config.site, scope.pagePath),
    xmlns: { atom: NS.atom, dc: NS.dc, media: NS.media },
    customData: [
      '<language>ar</language>',
      `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml" />`,
      lastChange ? `<lastBuildDate>${lastChange.toUTCString()}</lastBuildDate>` : '',
    ].join(''),
    items: releases.map((release) => rssItem(release, ctx)),
  };
}

/** A JSON Feed 1.1 item (https://www.jsonfeed.org/version/1.1/#items-a-name-items-a). */
export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  /** The full text; `content_text` (the summary) only when the HTML is not available. */
  content_html?: string;
  content_text?: string;
  /** RFC 3339 with the archive time zone's offset. */
  date_published: string;
  date_modified: string;
  image?: string;
  tags: string[];
  authors: { name: string }[];
  language: 'ar';
}

/** A JSON Feed 1.1 document. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  description: string;
  home_page_url: string;
  feed_url: string;
  language: 'ar';
  authors: { name: string }[];
  items: JsonFeedItem[];
}

/**
 * JSON Feed 1.1 for a scope. `id` is the permalink (stable, unique); `summary` is the excerpt and
 * `content_html` the release's full text (`content_text` = the excerpt only when no HTML is
 * given); tags are tag labels.
 */
export function jsonFeed<Img>(scope: FeedScope<Img>, ctx: FeedContext<Img>): JsonFeed {
  const { config } = ctx;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: scope.title,
    description: scope.description,
    home_page_url: absoluteUrl(config.site, scope.pagePath),
    feed_url: absoluteUrl(config.site, scope.feedPath),
    language: 'ar',
    authors: [{ name: config.publisher }],
    items: scope.releases.slice(0, FEED_LIMIT).map((release) => {
      const url = releaseUrl(release as Release, config);
      const image = ctx.imageUrl?.(release);
      const html = ctx.contentHtml?.(release);
      return {
        id: url,
        url,
        title: release.data.title,
        summary: release.excerpt,
        ...(html ? { content_html: html } : { content_text: release.excerpt }),
        date_published: toIsoWithOffset(release.data.date, config.timeZone),
        date_modified: toIsoWithOffset(release.data.updated ?? release.data.date, config.timeZone),
        ...(image ? { image } : {}),
        tags: release.tagSlugs.map(ctx.tagLabel),
        authors: [{ name: release.data.issuer }],
        language: 'ar' as const,
      };
    }),
  };
}

/**
 * Resolves the relative URLs of an HTML fragment (`href`, `src`, `srcset`) against the page it
 * comes from, for a feed reader that shows the fragment outside the site (JSON Feed 1.1 says
 * nothing about resolving relative URLs, so none is left). Fragment-only links (`#x`) and URLs
 * with a scheme are kept.
 * @param html - a fragment such as a release body.
 * @param pageUrl - the absolute URL of the page the fragment belongs to.
 */
export function absoluteUrls(html: string, pageUrl: string): string {
  const resolve = (url: string) =>
    url === '' || url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url)
      ? url
      : new URL(url, pageUrl).href;
  return html
    .replace(
      /\b(href|src)="([^"]*)"/g,
      (_, attr: string, url: string) => `${attr}="${resolve(url)}"`,
    )
    .replace(
      /\bsrcset="([^"]*)"/g,
      (_, set: string) =>
        `srcset="${set
          .split(',')
          .map((candidate) => candidate.trim().replace(/^\S+/, (url) => resolve(url)))
          .join(', ')}"`,
    );
}
