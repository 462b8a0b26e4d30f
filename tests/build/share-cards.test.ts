import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildInto } from '../helpers/build.ts';
import { fileForUrl, readPage } from '../helpers/html.ts';
import { FIXTURES, TMP } from '../helpers/paths.ts';

/**
 * Share cards in a build: every release has its own 1200×630 card (and 16:9, 4:3, 1:1 for JSON-LD),
 * PNGs without metadata, drawn once: a rebuild takes them from the build cache by content digest,
 * even when every page is rendered again, and a changed headline redraws only that release's card.
 */
const SITE = 'https://cards.example.test';
const dir = join(TMP, 'share-cards');
const releases = join(dir, 'releases');
const cacheCards = () => join(dir, 'cache', 'share-cards');
const build = (env: Record<string, string> = {}) =>
  buildInto(dir, { releasesDir: releases, env: { ARCHIVE_SITE: SITE, ...env } });
const cardFiles = () =>
  new Map(
    readdirSync(cacheCards())
      .filter((f) => f.endsWith('.png'))
      .map((f) => [f, statSync(join(cacheCards(), f)).mtimeMs]),
  );
const SLUGS = ['rotated-lead', 'older', 'بيان-عربي'];
let dist: string;
let first: Map<string, number>;

beforeAll(async () => {
  cpSync(join(FIXTURES, 'reader'), releases, { recursive: true });
  dist = (await build()).dist;
  first = cardFiles();
});

const local = (url: string) => {
  expect(url.startsWith(SITE)).toBe(true);
  return url.slice(SITE.length);
};

describe('share cards', () => {
  it('gives every release its own card for OpenGraph and X, and three ratios for JSON-LD', async () => {
    const seen = new Set<string>();
    for (const slug of SLUGS) {
      const page = `/releases/${encodeURIComponent(slug)}/`;
      const html = readPage(dist, page);
      const og = html.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
      expect(og).toBe(`${SITE}${page}share-og.png`);
      const png = readFileSync(fileForUrl(dist, local(og)));
      seen.add(png.toString('base64'));
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
      const ld = JSON.parse(html.querySelector('script[type="application/ld+json"]')!.text);
      const sizes = await Promise.all(
        (ld.image as string[])
          .filter((url) => url.includes('/share-'))
          .map(async (url) => {
            const m = await sharp(fileForUrl(dist, local(url))).metadata();
            return `${m.width}x${m.height}`;
          }),
      );
      expect(sizes).toEqual(['1200x675', '1200x900', '1080x1080']);
    }
    expect(seen.size).toBe(SLUGS.length);
  });

  it('writes images without EXIF, XMP or IPTC metadata (cards, emblem)', async () => {
    const pngs = [
      ...SLUGS.flatMap((slug) =>
        ['og', '16x9', '4x3', '1x1'].map((v) => join(dist, 'releases', slug, `share-${v}.png`)),
      ),
      ...readdirSync(join(dist, 'brand'))
        .filter((f) => f.endsWith('.png'))
        .map((f) => join(dist, 'brand', f)),
    ];
    for (const file of pngs) {
      const meta = await sharp(file).metadata();
      expect([meta.exif, meta.xmp, meta.iptc], file).toEqual([undefined, undefined, undefined]);
    }
  });

  it('draws each card once: a full re-render takes every card from the build cache', async () => {
    expect(first.size).toBe((SLUGS.length + 1) * 4); // the releases and the site's card
    const before = readFileSync(join(dist, 'releases', 'older', 'share-og.png'));
    await build({ ARCHIVE_INCREMENTAL: 'off' });
    expect(cardFiles()).toEqual(first);
    expect(readFileSync(join(dist, 'releases', 'older', 'share-og.png'))).toEqual(before);
  });

  it('redraws only the card of a release whose headline changed', async () => {
    const file = join(releases, '2024', 'older.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "بيان أقدم بعنوان مصحح"'),
    );
    const before = readFileSync(join(dist, 'releases', 'older', 'share-og.png'));
    await build();
    const now = cardFiles();
    const added = [...now.keys()].filter((f) => !first.has(f));
    expect(added).toHaveLength(4);
    for (const [name, mtime] of first) expect(now.get(name), name).toBe(mtime);
    expect(readFileSync(join(dist, 'releases', 'older', 'share-og.png')).equals(before)).toBe(
      false,
    );
  });
});

describe("shareCards: 'site' (ARCHIVE_SHARE_CARDS=site)", () => {
  const siteDir = join(TMP, 'share-cards-site');
  let siteDist: string;

  beforeAll(async () => {
    cpSync(join(FIXTURES, 'reader'), join(siteDir, 'releases'), { recursive: true });
    siteDist = (
      await buildInto(siteDir, {
        releasesDir: join(siteDir, 'releases'),
        env: { ARCHIVE_SITE: SITE, ARCHIVE_SHARE_CARDS: 'site' },
      })
    ).dist;
  });

  it("draws no card per release: release pages and feeds share the site's card", () => {
    const siteCard = `${SITE}/brand/share-og.png`;
    for (const slug of SLUGS) {
      const page = `/releases/${encodeURIComponent(slug)}/`;
      const html = readPage(siteDist, page);
      expect(html.querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe(
        siteCard,
      );
      const ld = JSON.parse(html.querySelector('script[type="application/ld+json"]')!.text);
      expect(ld.image).toContain(siteCard);
      expect((ld.image as string[]).filter((url) => /\/releases\/.*share-/.test(url))).toEqual([]);
      expect(
        readdirSync(join(siteDist, 'releases', slug)).filter((f) => f.endsWith('.png')),
      ).toEqual([]);
    }
    expect(readFileSync(fileForUrl(siteDist, '/brand/share-og.png')).length).toBeGreaterThan(1000);
    expect(readFileSync(join(siteDist, 'rss.xml'), 'utf8')).not.toMatch(/releases\/[^"<]*share-og/);
  });
});
