import { describe, expect, it } from 'vitest';
import { absoluteUrl, encodeSegment, joinPath, paths } from '../../../src/archive/permalinks.ts';

describe('permalinks', () => {
  it('percent-encodes Arabic segments once, after NFC', () => {
    expect(paths.release('/', 'أمن')).toBe('/releases/%D8%A3%D9%85%D9%86/');
    expect(encodeSegment('\u0627\u0654من')).toBe(encodeSegment('أمن'));
  });

  it('round-trips: decoding a built path gives back the slug', () => {
    const slug = 'مباحثات-التعاون-الأمني-بالرباط';
    expect(decodeURIComponent(paths.release('/', slug))).toBe(`/releases/${slug}/`);
  });

  it('builds paginated, country and archive paths', () => {
    expect(paths.tag('/', 'امن-الحدود', 1)).toBe(`/tags/${encodeURIComponent('امن-الحدود')}/`);
    expect(paths.tag('/', 'x', 3)).toBe('/tags/x/3/');
    expect(paths.country('/', 'GA')).toBe('/countries/ga/');
    expect(paths.month('/', 2025, 6)).toBe('/archive/2025/06/');
    expect(paths.home('/', 2)).toBe('/page/2/');
    // Page 404 of a large archive must not collide with the not-found page.
    expect(paths.home('/', 404)).toBe('/page/404/');
    expect(paths.countryFeed('/', 'MY')).toBe('/countries/my/rss.xml');
  });

  it('puts everything under the base path', () => {
    expect(paths.release('/press/', 'x')).toBe('/press/releases/x/');
    expect(paths.home('/press/')).toBe('/press/');
    expect(joinPath('/press/')).toBe('/press/');
    expect(absoluteUrl('https://example.org/', '/press/x/')).toBe('https://example.org/press/x/');
  });
});
