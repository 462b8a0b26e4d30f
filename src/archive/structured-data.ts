import type { ArchiveConfig } from '../config/settings.ts';
import { toIsoWithOffset } from '../arabic/dates.ts';
import type { Release } from './model.ts';

/** The publishing office as a schema.org `Organization`: name, URL, logo, official accounts. */
export interface Publisher {
  name: string;
  /** Absolute URL of the archive's home page. */
  url: string;
  /** Absolute URL of a square PNG logo and its size in px. */
  logo: { url: string; width: number; height: number };
  /** The office's own website and official accounts (schema.org `sameAs`). */
  sameAs: string[];
}

/**
 * schema.org `NewsArticle` (https://schema.org/NewsArticle) for a release, as JSON-LD, with what
 * Google's Article structured data asks for (headline, image in 16:9, 4:3 and 1:1, dates,
 * author with a URL, publisher with a logo). Dates carry the archive time zone's offset (ISO 8601).
 * @param release - the release.
 * @param options.url - absolute, percent-encoded permalink.
 * @param options.images - absolute URLs of its images (photo, then its card's variants).
 * @param options.publisher - the office.
 * @param options.authorUrl - absolute URL identifying the issuer (the office's website, else the archive).
 * @returns a plain object ready for `JSON.stringify`.
 */
export function newsArticle(
  release: Release,
  options: {
    url: string;
    images: readonly string[];
    publisher: Publisher;
    authorUrl: string;
    config: ArchiveConfig;
    countryName: (code: string) => string;
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
    inLanguage: 'ar',
    datePublished: toIsoWithOffset(data.date, config.timeZone),
    dateModified: toIsoWithOffset(data.updated ?? data.date, config.timeZone),
    dateline: data.dateline,
    ...(options.images.length ? { image: [...options.images] } : {}),
    author: { '@type': 'Organization', name: data.issuer, url: options.authorUrl },
    publisher: organization(options.publisher),
    about: data.countries.map((code) => ({
      '@type': 'Country',
      name: options.countryName(code),
      identifier: code,
    })),
    keywords: data.tags.join('، '),
    isAccessibleForFree: true,
  };
}

/** The office as a schema.org `Organization` with an `ImageObject` logo. */
export function organization(publisher: Publisher): Record<string, unknown> {
  return {
    '@type': 'Organization',
    name: publisher.name,
    url: publisher.url,
    logo: { '@type': 'ImageObject', ...publisher.logo },
    ...(publisher.sameAs.length ? { sameAs: publisher.sameAs } : {}),
  };
}
