import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExpectingFailure, buildSite } from '../helpers/build.ts';
import { htmlPages, readPage } from '../helpers/html.ts';
import { FIXTURES } from '../helpers/paths.ts';

const releasesDir = join(FIXTURES, 'archive');
const ZONES = ['America/New_York', 'UTC', 'Asia/Riyadh'] as const;
const dists: Record<string, string> = {};

beforeAll(async () => {
  for (const tz of ZONES) {
    dists[tz] = (
      await buildSite(`tz-${tz.replace('/', '-')}`, {
        releasesDir,
        env: { TZ: tz, ARCHIVE_PAGE_SIZE: '2' },
      })
    ).dist;
  }
  dists['ar-EG'] = (
    await buildSite('locale-ar-EG', {
      releasesDir,
      env: { ARCHIVE_LOCALE: 'ar-EG', ARCHIVE_PAGE_SIZE: '2' },
    })
  ).dist;
});

/** The date shown on a release page and the dates in its JSON-LD. */
function datesOf(dist: string, path: string) {
  const page = readPage(dist, path);
  const time = page.querySelector('article .kicker time')!;
  const ld = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.text) as Record<
    string,
    string
  >;
  return {
    shown: time.text,
    datetime: time.getAttribute('datetime'),
    hijri: page.querySelector('.hijri')?.text,
    published: ld['datePublished'],
  };
}

describe('dates do not depend on the build machine time zone', () => {
  it.each(['/releases/beta/', '/releases/gamma/', '/releases/alpha/', '/releases/zeta/'])(
    '%s shows the same day in every zone',
    (path) => {
      const [first, ...rest] = ZONES.map((tz) => datesOf(dists[tz]!, path));
      for (const other of rest) expect(other).toEqual(first);
    },
  );

  it('shows a late-evening release on its own calendar day with the archive zone offset', () => {
    const beta = datesOf(dists['America/New_York']!, '/releases/beta/');
    expect(beta.shown).toContain('17 يونيو 2025');
    expect(beta.datetime).toBe('2025-06-17T23:30');
    expect(beta.published).toBe('2025-06-17T23:30:00+01:00');
    const gamma = datesOf(dists['Asia/Riyadh']!, '/releases/gamma/');
    expect(gamma.shown).toContain('1 يناير 2025');
    expect(gamma.hijri).toBe(' (2 رجب 1446 هـ)'); // the office's official Hijri date overrides Umm al-Qura
    expect(datesOf(dists['UTC']!, '/releases/alpha/').hijri).toBe(' (22 ذو الحجة 1446 هـ)');
    expect(readPage(dists['UTC']!, '/archive/2025/').text).toContain('يونيو');
  });
});

describe('one locale setting switches every date and number', () => {
  it('writes dates, counts and page numbers with Arabic-Indic digits under ar-EG', () => {
    const dist = dists['ar-EG']!;
    const alpha = datesOf(dist, '/releases/alpha/');
    expect(alpha.shown).toContain('١٨ يونيو ٢٠٢٥');
    expect(alpha.hijri).toMatch(/[٠-٩]/);
    const home = readPage(dist, '/');
    expect(home.querySelector('.lead')!.text).toContain('٥ بلاغات');
    expect(home.querySelector('.pagination [aria-current]')!.text).toBe('١');
    const visible = (path: string) =>
      readPage(dist, path)
        .querySelector('main')!
        .text.replace(/COVID-19|km|120/g, '');
    for (const path of ['/', '/tags/', '/countries/', '/archive/', '/releases/alpha/']) {
      expect(visible(path), path).not.toMatch(/[0-9]/);
    }
  });
});

describe('tags', () => {
  it('merges variant spellings into one tag page named with the spelling most releases use', () => {
    const dist = dists['UTC']!;
    const tags = readPage(dist, '/tags/')
      .querySelectorAll('.facet-list li')
      .filter((li) => li.text.includes('الوطني'));
    expect(tags).toHaveLength(1);
    expect(tags[0]!.querySelector('a')!.text).toBe('الأمن الوطني');
    for (const path of ['/releases/alpha/', '/releases/beta/', '/releases/gamma/']) {
      const link = readPage(dist, path)
        .querySelectorAll('.release-facets a')
        .find((a) => a.text.includes('الوطني'))!;
      expect(link.getAttribute('href')).toBe(`/tags/${encodeURIComponent('الامن-الوطني')}/`);
      expect(link.text).toBe('الأمن الوطني');
    }
  });
});

describe('Arabic URLs are encoded identically everywhere', () => {
  const slug = 'دلتا-عربي';
  const encodedPath = `/releases/${encodeURIComponent(slug)}/`;

  it('uses one encoded form in links, canonical, OpenGraph, JSON-LD and the sitemap', () => {
    const dist = dists['UTC']!;
    const absolute = `https://archive.example.org${encodedPath}`;
    const page = readPage(dist, encodedPath);
    expect(page.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(absolute);
    expect(page.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe(absolute);
    expect(JSON.parse(page.querySelector('script[type="application/ld+json"]')!.text).url).toBe(
      absolute,
    );
    const sitemapFile = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const locs = ([] as { loc: string }[])
      .concat(new XMLParser().parse(sitemapFile).urlset.url)
      .map((u) => u.loc);
    expect(locs).toContain(absolute);
    const rss = new XMLParser().parse(readFileSync(join(dist, 'rss.xml'), 'utf8')).rss.channel
      .item as { link: string; guid: unknown }[];
    expect(rss.map((item) => item.link)).toContain(absolute);
    const jsonFeed = JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8')) as {
      items: { url: string; id: string }[];
    };
    expect(jsonFeed.items.map((item) => item.url)).toContain(absolute);
    for (const tagFeed of [
      'tags/%D8%A7%D9%84%D8%A7%D9%85%D9%86-%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A/rss.xml',
      'countries/ma/rss.xml',
    ]) {
      const channel = new XMLParser().parse(
        readFileSync(join(dist, decodeURIComponent(tagFeed)), 'utf8'),
      ).rss.channel;
      expect(
        ([] as { link: string }[]).concat(channel.item).map((item) => item.link),
        tagFeed,
      ).toContain(absolute);
    }
    const links = htmlPages(dist).flatMap((p) =>
      readPage(dist, p)
        .querySelectorAll('a[href]')
        .map((a) => a.getAttribute('href')!),
    );
    // Internal links only: the share links (mailto:, https://x.com/…) carry the permalink encoded
    // as a query value, which is the absolute URL checked above.
    const toDelta = links.filter(
      (href) => !/^[a-z][a-z+.-]*:/i.test(href) && decodeURIComponent(href).includes(slug),
    );
    expect(toDelta.length).toBeGreaterThan(2);
    expect(new Set(toDelta)).toEqual(new Set([encodedPath]));
  });

  it('never leaves raw Arabic or double-encoded characters in an internal link', () => {
    const dist = dists['UTC']!;
    for (const path of htmlPages(dist)) {
      for (const a of readPage(dist, path).querySelectorAll(
        'a[href^="/"], link[href^="https://archive.example.org"]',
      )) {
        const href = a.getAttribute('href')!;
        expect(href, `${path} → ${href}`).not.toMatch(/[\u0600-\u06FF\s]|%25/);
      }
    }
  });
});

describe('bad input stops the build', () => {
  it('names the file, the unknown country code and the code meant', async () => {
    const { code, output } = await buildExpectingFailure('bad-country', {
      releasesDir: join(FIXTURES, 'bad', 'unknown-country'),
    });
    expect(code).not.toBe(0);
    expect(output).toContain('wrong-code');
    expect(output).toMatch(/"UK" is not an ISO 3166-1 alpha-2 country code\. Did you mean GB/);
  });

  it('names both files when two releases end at the same URL', async () => {
    const { code, output } = await buildExpectingFailure('bad-duplicate', {
      releasesDir: join(FIXTURES, 'bad', 'duplicate-slug'),
    });
    expect(code).not.toBe(0);
    expect(output).toMatch(/2024\/same-name\.mdx/);
    expect(output).toMatch(/2025\/same-name\.mdx/);
  });
});
