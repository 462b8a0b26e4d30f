import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileForUrl, htmlPages, readPage, urlExists } from '../helpers/html.ts';
import { buildReader, buildReaderPress, READER_SITE } from './builds.ts';

/** What a reader, a feed reader and a crawler get from the built reader fixture. */
let dist: string;
let press: string;
const xml = new XMLParser({ ignoreAttributes: false });
const enc = (s: string) => encodeURIComponent(s);
const ARABIC = `/releases/${enc('بيان-عربي')}/`;
const ROTATED = '/releases/rotated-lead/';
const OLDER = '/releases/older/';

beforeAll(async () => {
  dist = (await buildReader()).dist;
  press = (await buildReaderPress()).dist;
});

/** Reads a built file by URL path (without base). */
const read = (root: string, urlPath: string) => readFileSync(fileForUrl(root, urlPath), 'utf8');
/** Turns an absolute URL of the site into a path without the base, asserting it is on the site. */
function localPath(url: string, base = '/'): string {
  expect(url.startsWith(`${READER_SITE}${base}`), url).toBe(true);
  return `/${url.slice(READER_SITE.length + base.length)}`;
}
const rssItems = (root: string, path: string) => {
  const channel = xml.parse(read(root, path)).rss.channel;
  return { channel, items: [channel.item ?? []].flat() as Record<string, any>[] };
};

describe('feeds', () => {
  it('lists the whole archive newest first in RSS, with Arabic language, UTC instants and live links', () => {
    const { channel, items } = rssItems(dist, '/rss.xml');
    expect(channel.language).toBe('ar');
    expect(items.map((i) => localPath(i.link))).toEqual([ARABIC, ROTATED, OLDER]);
    // 2025-07-01 00:30 in Casablanca (UTC+1) is still June 30 in UTC.
    expect(items[0]!.pubDate).toBe('Mon, 30 Jun 2025 23:30:00 GMT');
    expect(items[1]!.title).toBe('بيان الصور: الرباط & تونس <تجريبي>');
    for (const item of items) expect(urlExists(dist, localPath(item.link)), item.link).toBe(true);
  });

  it('has a feed per tag and per country, linked from its page, with exactly its releases', () => {
    const expected: Record<string, string[]> = {
      [`/tags/${enc('صور')}/`]: [ROTATED, OLDER],
      [`/tags/${enc('اختبار-القارئ')}/`]: [ARABIC, ROTATED],
      '/countries/ma/': [ROTATED, OLDER],
      '/countries/tn/': [ARABIC, ROTATED],
    };
    for (const [page, releases] of Object.entries(expected)) {
      const alternates = readPage(dist, page)
        .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
        .map((l) => l.getAttribute('href')!);
      const own = alternates.find((href) => href !== `${READER_SITE}/rss.xml`)!;
      expect(localPath(own), page).toBe(`${page}rss.xml`);
      const { channel, items } = rssItems(dist, `${page}rss.xml`);
      expect(localPath(channel.link), page).toBe(page);
      expect(
        items.map((i) => localPath(i.link)),
        page,
      ).toEqual(releases);
    }
  });

  it('publishes JSON Feed 1.1 with offsets in the archive time zone and the share image', () => {
    const feed = JSON.parse(read(dist, '/feed.json'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.language).toBe('ar');
    expect(localPath(feed.feed_url)).toBe('/feed.json');
    expect(feed.items.map((i: { url: string }) => localPath(i.url))).toEqual([
      ARABIC,
      ROTATED,
      OLDER,
    ]);
    expect(feed.items[0].date_published).toBe('2025-07-01T00:30:00+01:00');
    expect(feed.items[1].date_modified).toBe('2025-06-21T00:00:00+01:00');
    expect(urlExists(dist, localPath(feed.items[1].image))).toBe(true);
  });

  it('keeps every feed URL inside the base path', () => {
    const { channel, items } = rssItems(press, '/rss.xml');
    expect(channel.link).toBe(`${READER_SITE}/press/`);
    expect(channel['atom:link']['@_href']).toBe(`${READER_SITE}/press/rss.xml`);
    for (const item of items)
      expect(urlExists(press, localPath(item.link, '/press/')), item.link).toBe(true);
    const feed = JSON.parse(read(press, '/feed.json'));
    for (const item of feed.items)
      expect(urlExists(press, localPath(item.url, '/press/')), item.url).toBe(true);
  });
});

describe('discovery', () => {
  it('has robots.txt naming the sitemap, whose URLs are encoded, live and without the 404 page', () => {
    for (const [root, base] of [
      [dist, '/'],
      [press, '/press/'],
    ] as const) {
      const robots = read(root, '/robots.txt');
      const sitemap = /^Sitemap: (.+)$/m.exec(robots)![1]!;
      expect(sitemap).toBe(`${READER_SITE}${base}sitemap-index.xml`);
      const index = xml.parse(read(root, localPath(sitemap, base))).sitemapindex;
      const locs = [index.sitemap]
        .flat()
        .flatMap((s: { loc: string }) =>
          [xml.parse(read(root, localPath(s.loc, base))).urlset.url].flat(),
        )
        .map((u: { loc: string }) => u.loc);
      expect(locs).toContain(`${READER_SITE}${base}releases/${enc('بيان-عربي')}/`);
      expect(locs.some((l: string) => l.includes('404'))).toBe(false);
      for (const loc of locs) expect(urlExists(root, localPath(loc, base)), loc).toBe(true);
    }
  });

  it('gives every indexable page a canonical URL that includes the base path', () => {
    for (const page of htmlPages(press).filter((p) => p !== '/404.html')) {
      const canonical = readPage(press, page)
        .querySelector('link[rel="canonical"]')
        ?.getAttribute('href');
      expect(canonical, page).toBe(`${READER_SITE}/press${page.split('/').map(enc).join('/')}`);
    }
  });
});

describe('structured data and share cards', () => {
  const ldOf = (page: string) =>
    readPage(dist, page)
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.text));

  it('describes every release as a schema.org NewsArticle with the required fields', () => {
    for (const page of [ARABIC, ROTATED, OLDER]) {
      const [article, ...rest] = ldOf(page);
      expect(rest, page).toEqual([]);
      expect(article['@type']).toBe('NewsArticle');
      expect(article.headline).toBe(readPage(dist, page).querySelector('h1')!.text);
      expect(article.inLanguage).toBe('ar');
      expect(article.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      expect(article.dateModified).toMatch(/[+-]\d{2}:\d{2}$/);
      expect(article.dateline).toBeTruthy();
      expect(article.author.name).toBe('جهة اختبار القارئ');
      expect(article.publisher['@type']).toBe('Organization');
      expect(article.about.length).toBeGreaterThan(0);
      expect(urlExists(dist, localPath(article.url))).toBe(true);
      for (const image of article.image)
        expect(urlExists(dist, localPath(image)), image).toBe(true);
    }
    expect(ldOf(ROTATED)[0].about.map((c: { identifier: string }) => c.identifier)).toEqual([
      'MA',
      'TN',
    ]);
    expect(ldOf('/')).toEqual([]);
  });

  it('shares every release with its own 1200×630 card, and other pages with the site card', async () => {
    const og = (page: string, prop: string) =>
      readPage(dist, page).querySelector(`meta[property="${prop}"]`)?.getAttribute('content');
    for (const page of [ROTATED, OLDER, ARABIC]) {
      const card = og(page, 'og:image')!;
      expect(card, page).toBe(`${READER_SITE}${page}share-og.png`);
      expect(og(page, 'og:image:type')).toBe('image/png');
      expect(og(page, 'og:type')).toBe('article');
      const meta = await sharp(fileForUrl(dist, localPath(card))).metadata();
      expect([meta.width, meta.height, meta.format]).toEqual([1200, 630, 'png']);
      expect(
        readPage(dist, page).querySelector('meta[name="twitter:image"]')!.getAttribute('content'),
      ).toBe(card);
    }
    expect(og(ROTATED, 'og:image:alt')).toContain('بيان الصور');
    expect(
      readPage(dist, OLDER).querySelector('meta[name="twitter:card"]')!.getAttribute('content'),
    ).toBe('summary_large_image');
    const site = og('/', 'og:image')!;
    expect(site).toBe(`${READER_SITE}/brand/share-og.png`);
    expect(urlExists(dist, localPath(site))).toBe(true);
  });
});

describe('images', () => {
  it('serves the lead image eagerly and body images lazily, as AVIF and WebP with a fallback', () => {
    const pictures = readPage(dist, ROTATED).querySelectorAll('article picture');
    expect(pictures).toHaveLength(2);
    const [lead, body] = pictures.map((p) => p.querySelector('img')!);
    expect(lead!.getAttribute('loading')).toBe('eager');
    expect(lead!.getAttribute('fetchpriority')).toBe('high');
    expect(body!.getAttribute('loading')).toBe('lazy');
    expect(body!.getAttribute('alt')).toBe('شريط متدرج عريض جدًا من الأزرق إلى الذهبي.');
    for (const picture of pictures) {
      expect(picture.querySelectorAll('source').map((s) => s.getAttribute('type'))).toEqual([
        'image/avif',
        'image/webp',
      ]);
      expect(picture.querySelector('img')!.getAttribute('src')).toMatch(/\.jpe?g$/);
    }
    const widths = body!
      .getAttribute('srcset')!
      .split(',')
      .map((c) => Number(c.trim().split(' ')[1]!.replace('w', '')));
    expect(widths).toEqual([480, 800, 1200]);
  });

  it('respects EXIF orientation: the stored landscape photo is shown upright, portrait, red on top', async () => {
    const img = readPage(dist, ROTATED).querySelector('article figure img')!;
    expect([Number(img.getAttribute('width')), Number(img.getAttribute('height'))]).toEqual([
      240, 360,
    ]);
    const { data, info } = await sharp(fileForUrl(dist, img.getAttribute('src')!))
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([240, 360]);
    const pixel = (x: number, y: number) => [
      ...data.subarray(
        (y * info.width + x) * info.channels,
        (y * info.width + x) * info.channels + 3,
      ),
    ];
    const [r1, , b1] = pixel(120, 40);
    const [r2, , b2] = pixel(120, 320);
    expect(r1).toBeGreaterThan(180);
    expect(b1).toBeLessThan(80);
    expect(b2).toBeGreaterThan(150);
    expect(r2).toBeLessThan(80);
  });

  it('leaves no file wider than 1200 px in the build, not even the 6000 px original', async () => {
    const files = readdirSync(join(dist, '_astro')).filter((f) =>
      /\.(jpe?g|png|webp|avif)$/.test(f),
    );
    expect(files.some((f) => f.startsWith('huge.'))).toBe(true);
    for (const file of files) {
      const { width } = await sharp(join(dist, '_astro', file)).metadata();
      expect(width, file).toBeLessThanOrEqual(1200);
    }
  });

  it('never ships an image wider than 1200 px to a page, whatever the original', async () => {
    const urls = new Set<string>();
    for (const page of htmlPages(dist)) {
      const root = readPage(dist, page);
      for (const el of root.querySelectorAll('img[src]')) urls.add(el.getAttribute('src')!);
      for (const el of root.querySelectorAll('[srcset]'))
        for (const c of el.getAttribute('srcset')!.split(',')) urls.add(c.trim().split(' ')[0]!);
    }
    const raster = [...urls].filter((u) => !u.endsWith('.svg'));
    expect(raster.some((u) => u.includes('/huge.'))).toBe(true);
    for (const url of raster) {
      const { width } = await sharp(fileForUrl(dist, url)).metadata();
      expect(width, url).toBeLessThanOrEqual(1200);
    }
  });
});

describe('reading', () => {
  it('links a release to its older and newer neighbours, related releases and a breadcrumb trail', () => {
    const page = readPage(dist, ROTATED);
    expect(page.querySelector('.prev-next a[rel="prev"]')!.getAttribute('href')).toBe(OLDER);
    expect(page.querySelector('.prev-next a[rel="next"]')!.getAttribute('href')).toBe(ARABIC);
    const related = page.querySelectorAll('.related .card a').map((a) => a.getAttribute('href'));
    expect(related).toEqual(expect.arrayContaining([ARABIC, OLDER]));
    const crumbs = page.querySelectorAll('.breadcrumbs li');
    expect(crumbs.map((li) => li.querySelector('a')?.getAttribute('href') ?? null)).toEqual([
      '/',
      '/archive/2025/',
      null,
    ]);
    expect(crumbs.at(-1)!.querySelector('[aria-current="page"]')!.text).toBe(
      'بيان الصور: الرباط & تونس <تجريبي>',
    );
  });

  it('files a release under the month of its calendar date in the archive time zone', () => {
    const july = readPage(dist, '/archive/2025/07/')
      .querySelectorAll('.card a')
      .map((a) => a.getAttribute('href'));
    expect(july).toContain(ARABIC);
    const june = readPage(dist, '/archive/2025/06/')
      .querySelectorAll('.card a')
      .map((a) => a.getAttribute('href'));
    expect(june).not.toContain(ARABIC);
    expect(june).toContain(ROTATED);
    const year = readPage(dist, '/archive/2025/')
      .querySelectorAll('a')
      .map((a) => a.getAttribute('href'));
    expect(year).toEqual(expect.arrayContaining(['/archive/2025/06/', '/archive/2025/07/']));
  });

  it('ships no JavaScript except on the search page (JSON-LD is data, not code)', () => {
    for (const page of htmlPages(dist)) {
      const scripts = readPage(dist, page)
        .querySelectorAll('script')
        .filter((s) => s.getAttribute('type') !== 'application/ld+json');
      if (page === '/search/') expect(scripts.length, page).toBeGreaterThan(0);
      else
        expect(
          scripts.map((s) => s.outerHTML.slice(0, 80)),
          page,
        ).toEqual([]);
    }
  });

  it('self-hosts the Arabic font with font-display: swap', () => {
    const css = readPage(dist, '/')
      .querySelectorAll('link[rel="stylesheet"]')
      .map((l) => read(dist, l.getAttribute('href')!))
      .join('\n');
    const faces = css.match(/@font-face\s*{[^}]*}/g) ?? [];
    const naskh = faces.filter((f) => /font-family:\s*['"]?Noto Naskh Arabic['"]?;/.test(f));
    expect(naskh.length).toBeGreaterThanOrEqual(2);
    for (const face of naskh) {
      expect(face).toMatch(/font-display:\s*swap/);
      expect(face).toMatch(/unicode-range:/);
      const woff2 = /url\(([^)]+\.woff2)\)/.exec(face)![1]!;
      expect(urlExists(dist, woff2), woff2).toBe(true);
    }
  });
});
