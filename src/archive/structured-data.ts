import type { ArchiveConfig } from '../config/settings.ts';
import { toIsoWithOffset } from '../arabic/dates.ts';
import type { Release } from './model.ts';
import { lastModified } from '../release/corrections.ts';
import type { FeedAttachment } from './feeds.ts';

/**
 * schema.org `NewsArticle` (https://schema.org/NewsArticle) for a release, as JSON-LD.
 * Dates carry the archive time zone's offset (ISO 8601).
 * @param release - the release.
 * @param options.url - absolute, percent-encoded permalink.
 * @param options.imageUrl - absolute URL of the share image, if any.
 * @returns a plain object ready for `JSON.stringify`.
 */
export function newsArticle(
  release: Release,
  options: {
    url: string;
    imageUrl?: string | undefined;
    config: ArchiveConfig;
    countryName: (code: string) => string;
    /** Language of this version (ISO 639-1), default `ar`. */
    lang?: string | undefined;
    /** The release's attachments, with absolute URLs (schema.org `associatedMedia`). */
    attachments?: readonly FeedAttachment[] | undefined;
  },
): Record<string, unknown> {
  const { data } = release;
  const { config } = options;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.title,
    description: release.excerpt,
    url: options.url,
    mainEntityOfPage: options.url,
    inLanguage: options.lang ?? 'ar',
    datePublished: toIsoWithOffset(data.date, config.timeZone),
    dateModified: toIsoWithOffset(lastModified(data), config.timeZone),
    dateline: data.dateline,
    ...(options.imageUrl ? { image: [options.imageUrl] } : {}),
    author: { '@type': 'Organization', name: data.issuer },
    publisher: { '@type': 'Organization', name: config.publisher },
    about: data.countries.map((code) => ({
      '@type': 'Country',
      name: options.countryName(code),
      identifier: code,
    })),
    keywords: data.tags.join('، '),
    isAccessibleForFree: true,
    ...(options.attachments?.length
      ? {
          associatedMedia: options.attachments.map((a) => ({
            '@type': 'MediaObject',
            name: a.title,
            contentUrl: a.url,
            encodingFormat: a.mime,
            contentSize: `${a.bytes} B`,
          })),
        }
      : {}),
  };
}
