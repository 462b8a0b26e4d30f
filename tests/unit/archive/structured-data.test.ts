import { describe, expect, it } from 'vitest';
import type { Release } from '../../../src/archive/model.ts';
import { loadConfig } from '../../../src/config/settings.ts';
import { newsArticle } from '../../../src/archive/structured-data.ts';

const config = loadConfig({ ARCHIVE_TIME_ZONE: 'Africa/Casablanca' });
const data = {
  title: 'عنوان البلاغ',
  date: { year: 2025, month: 1, day: 15, time: '09:00' },
  dateline: 'الرباط',
  issuer: 'المديرية',
  countries: ['GA', 'MY'],
  tags: ['الأمن', 'التعاون'],
  draft: false,
  sample: false,
  updated: { year: 2025, month: 1, day: 16 },
};
const release: Release = {
  entry: { id: 'x', data },
  slug: 'x',
  file: 'x.mdx',
  data,
  tagSlugs: [],
  excerpt: 'ملخص',
};

describe('newsArticle', () => {
  const json = newsArticle(release, {
    url: 'https://a.example/releases/x/',
    images: [
      'https://a.example/_astro/x.jpeg',
      'https://a.example/releases/x/share-16x9.png',
      'https://a.example/releases/x/share-4x3.png',
      'https://a.example/releases/x/share-1x1.png',
    ],
    publisher: {
      name: config.publisher,
      url: 'https://a.example/',
      logo: { url: 'https://a.example/brand/emblem-512.png', width: 512, height: 512 },
      sameAs: ['https://x.example/office'],
    },
    authorUrl: 'https://ministry.example/',
    config,
    countryName: (c) => `بلد ${c}`,
  });

  it('is a schema.org NewsArticle in Arabic with the required fields', () => {
    expect(json['@context']).toBe('https://schema.org');
    expect(json['@type']).toBe('NewsArticle');
    expect(json['headline']).toBe('عنوان البلاغ');
    expect(json['inLanguage']).toBe('ar');
    expect(json['dateline']).toBe('الرباط');
    expect(json['image']).toHaveLength(4);
    expect(json['author']).toEqual({
      '@type': 'Organization',
      name: 'المديرية',
      url: 'https://ministry.example/',
    });
  });

  it("names the publisher with its URL and logo, as Google's Article checks require", () => {
    expect(json['publisher']).toEqual({
      '@type': 'Organization',
      name: config.publisher,
      url: 'https://a.example/',
      logo: {
        '@type': 'ImageObject',
        url: 'https://a.example/brand/emblem-512.png',
        width: 512,
        height: 512,
      },
      sameAs: ['https://x.example/office'],
    });
  });

  it('dates carry the archive time zone offset', () => {
    expect(json['datePublished']).toBe('2025-01-15T09:00:00+01:00');
    expect(json['dateModified']).toBe('2025-01-16T00:00:00+01:00');
  });

  it('names the countries it is about with their ISO codes', () => {
    expect(json['about']).toEqual([
      { '@type': 'Country', name: 'بلد GA', identifier: 'GA' },
      { '@type': 'Country', name: 'بلد MY', identifier: 'MY' },
    ]);
  });
});
