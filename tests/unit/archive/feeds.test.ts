import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Release } from '../../../src/archive/model.ts';
import {
  absoluteUrls,
  escapeXml,
  FEED_LIMIT,
  jsonFeed,
  rssFeed,
  type FeedContext,
} from '../../../src/archive/feeds.ts';

const config = {
  title: 'أرشيف الاختبار',
  description: 'وصف الأرشيف',
  publisher: 'مكتب الاختبار',
  site: 'https://news.example.test',
  base: '/press/',
  timeZone: 'Africa/Casablanca',
};

function release(
  slug: string,
  date: Release['data']['date'],
  extra: Partial<Release['data']> = {},
): Release {
  const data = {
    title: `عنوان ${slug}`,
    date,
    dateline: 'الرباط',
    issuer: 'جهة & شركاؤها',
    countries: ['GA'],
    tags: ['الأمن'],
    draft: false,
    sample: false,
    ...extra,
  };
  return {
    entry: { id: slug, data },
    slug,
    file: `${slug}.mdx`,
    data,
    tagSlugs: ['الامن'],
    excerpt: `ملخص ${slug} <b>`,
  };
}

const ctx: FeedContext = {
  config,
  countryName: (code) => (code === 'GA' ? 'الغابون' : code),
  tagLabel: (slug) => (slug === 'الامن' ? 'الأمن' : slug),
  imageUrl: (r) =>
    r.slug === 'مع-صورة' ? 'https://news.example.test/press/_astro/a.jpeg?x=1&y=2' : undefined,
};

const releases = [
  release(
    'مع-صورة',
    { year: 2025, month: 7, day: 1, time: '00:30' },
    { updated: { year: 2025, month: 7, day: 2 } },
  ),
  release('b', { year: 2024, month: 12, day: 31 }),
];
const scope = {
  title: 'الأرشيف – الأمن',
  description: 'بلاغات الوسم',
  pagePath: '/press/tags/%D8%A7/',
  feedPath: '/press/tags/%D8%A7/rss.xml',
  releases,
};
const parser = new XMLParser({ ignoreAttributes: false });

describe('rssFeed (through @astrojs/rss)', () => {
  it('makes a well-formed Arabic RSS 2.0 channel with a self link', async () => {
    const xml = await getRssString(rssFeed(scope, ctx));
    const { rss } = parser.parse(xml);
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.language).toBe('ar');
    expect(rss.channel.link).toBe('https://news.example.test/press/tags/%D8%A7/');
    expect(rss.channel['atom:link']['@_href']).toBe(
      'https://news.example.test/press/tags/%D8%A7/rss.xml',
    );
    // The latest change: the first release's update, 2025-07-02 00:00 in Casablanca (UTC+1).
    expect(rss.channel.lastBuildDate).toBe('Tue, 01 Jul 2025 23:00:00 GMT');
  });

  it('gives each item an absolute encoded permalink, the instant in the archive time zone, names and the image', async () => {
    const { rss } = parser.parse(await getRssString(rssFeed(scope, ctx)));
    const [first, second] = rss.channel.item;
    const url = `https://news.example.test/press/releases/${encodeURIComponent('مع-صورة')}/`;
    expect(first.link).toBe(url);
    expect(first.guid['#text']).toBe(url);
    // 00:30 in Casablanca (UTC+1 in July) is 23:30 UTC the day before.
    expect(first.pubDate).toBe('Mon, 30 Jun 2025 23:30:00 GMT');
    // RSS descriptions are HTML: the excerpt's "<b>" arrives as &lt;b&gt;, shown as text.
    expect(first.description).toBe('ملخص مع-صورة &lt;b&gt;');
    expect(first.category).toEqual(['الأمن', 'الغابون']);
    expect(first['dc:creator']).toBe('جهة & شركاؤها');
    expect(first['media:content']['@_url']).toBe(
      'https://news.example.test/press/_astro/a.jpeg?x=1&y=2',
    );
    expect(second['media:content']).toBeUndefined();
    expect(second.pubDate).toBe('Mon, 30 Dec 2024 23:00:00 GMT');
  });

  it(`keeps only the newest ${FEED_LIMIT} releases`, () => {
    const many = Array.from({ length: FEED_LIMIT + 5 }, (_, i) =>
      release(`r${i}`, { year: 2025, month: 1, day: 1 }),
    );
    const options = rssFeed({ ...scope, releases: many }, ctx);
    expect(options.items).toHaveLength(FEED_LIMIT);
    expect(jsonFeed({ ...scope, releases: many }, ctx).items).toHaveLength(FEED_LIMIT);
  });
});

describe('jsonFeed', () => {
  it('follows JSON Feed 1.1 with offsets on dates', () => {
    const feed = JSON.parse(JSON.stringify(jsonFeed(scope, ctx)));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.language).toBe('ar');
    expect(feed.home_page_url).toBe('https://news.example.test/press/tags/%D8%A7/');
    expect(feed.feed_url).toBe('https://news.example.test/press/tags/%D8%A7/rss.xml');
    const [first, second] = feed.items;
    expect(first.id).toBe(first.url);
    expect(first.date_published).toBe('2025-07-01T00:30:00+01:00');
    expect(first.date_modified).toBe('2025-07-02T00:00:00+01:00');
    expect(first.image).toContain('/press/_astro/');
    expect(first.tags).toEqual(['الأمن']);
    expect(first.authors).toEqual([{ name: 'جهة & شركاؤها' }]);
    expect(second.date_modified).toBe(second.date_published);
    expect('image' in second).toBe(false);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`a&b<c>"d'`)).toBe('a&amp;b&lt;c&gt;&quot;d&apos;');
  });
});

describe('full text in JSON Feed', () => {
  it('carries the release text as content_html, the excerpt staying the summary', () => {
    const withText: FeedContext = {
      ...ctx,
      contentHtml: (r) => `<p>النص الكامل لـ ${r.slug}</p>`,
    };
    const [first] = jsonFeed(scope, withText).items;
    expect(first!.content_html).toBe('<p>النص الكامل لـ مع-صورة</p>');
    expect(first!.summary).toBe('ملخص مع-صورة <b>');
    expect(first!.content_text).toBeUndefined();
    // Without the HTML, the excerpt stands in as content_text (JSON Feed requires one of them).
    expect(jsonFeed(scope, ctx).items[0]!.content_text).toBe('ملخص مع-صورة <b>');
  });

  it('resolves relative links and images against the release page, keeping anchors and schemes', () => {
    const page = 'https://news.example.test/press/releases/%D8%A8/';
    const html =
      '<a href="../other/">x</a><a href="#note">n</a><a href="mailto:a@b.example">m</a>' +
      '<img src="/press/_astro/a.jpg" srcset="/press/_astro/a-480.jpg 480w, /press/_astro/a-800.jpg 800w">' +
      '<a href="https://elsewhere.example/">e</a>';
    expect(absoluteUrls(html, page)).toBe(
      '<a href="https://news.example.test/press/releases/other/">x</a><a href="#note">n</a>' +
        '<a href="mailto:a@b.example">m</a>' +
        '<img src="https://news.example.test/press/_astro/a.jpg" srcset="https://news.example.test/press/_astro/a-480.jpg 480w, https://news.example.test/press/_astro/a-800.jpg 800w">' +
        '<a href="https://elsewhere.example/">e</a>',
    );
  });
});
