import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, searchSettled } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { bundleFragments, searchPageParts } from '../helpers/pagefind.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { serve } from '../helpers/serve.ts';

/**
 * The search fixture built twice: in one index (the default) and in three parts of at most 5
 * pages (`ARCHIVE_SEARCH_PART_SIZE=5`: 2024, the oldest 5 releases of 2025, the newest 4).
 * Every search must give the same results, in the same order, on both.
 */
const releasesDir = join(FIXTURES, 'search', 'releases');
let browser: Browser;
let one: Awaited<ReturnType<typeof serve>>;
let split: Awaited<ReturnType<typeof serve>>;
/** Release title → index of the part that holds it in the split build. */
const partOf = new Map<string, number>();

beforeAll(async () => {
  const oneBuild = await buildSite('search-quality', { releasesDir });
  const splitBuild = await buildSite('search-parts', {
    releasesDir,
    env: { ARCHIVE_SEARCH_PART_SIZE: '5' },
  });
  searchPageParts(splitBuild.dist).forEach((bundle, k) => {
    for (const f of bundleFragments(splitBuild.dist, bundle)) partOf.set(f.meta['title']!, k);
  });
  one = await serve(oneBuild.dist);
  split = await serve(splitBuild.dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await one?.close();
  await split?.close();
});

interface Shown {
  status: string;
  titles: string[];
  excerpts: string[];
  marks: string[];
}

/** Opens a search URL and returns what the reader sees, after showing every page of results. */
async function searchOn(origin: string, query: string): Promise<Shown> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/search/${query}`);
  await searchSettled(page);
  const more = page.locator('.search-more');
  while (await more.isVisible()) {
    await more.click();
    await searchSettled(page);
  }
  const shown: Shown = {
    status: (await page.locator('.search-status').textContent()) ?? '',
    titles: await page.locator('.search-result h2 a').allTextContents(),
    excerpts: await page.locator('.search-result .excerpt').allTextContents(),
    marks: await page.locator('.search-result .excerpt mark').allTextContents(),
  };
  expect(errors).toEqual([]);
  await page.close();
  return shown;
}

const q = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;
const partsOf = (titles: string[]) => new Set(titles.map((t) => partOf.get(t)));

describe('search over an index built in parts', () => {
  it('a query finds releases that live in different parts, with the same count, excerpts and marks as one index', async () => {
    for (const query of [q({ q: 'في' }), q({ q: 'المسؤولين' }), q({ q: 'التعاون' })]) {
      const [a, b] = [await searchOn(one.origin, query), await searchOn(split.origin, query)];
      expect(b.status).toBe(a.status);
      expect([...b.titles].sort()).toEqual([...a.titles].sort());
      expect([...b.excerpts].sort()).toEqual([...a.excerpts].sort());
      expect([...b.marks].sort()).toEqual([...a.marks].sort());
    }
    const wide = await searchOn(split.origin, q({ q: 'في' }));
    expect(partsOf(wide.titles).size).toBeGreaterThan(1);
  });

  it('country, tag and year filters work across parts', async () => {
    for (const params of [
      { country: 'MA' },
      { tag: 'التعاون الدولي' },
      { year: '2025' },
      { q: 'في', year: '2024' },
      { q: 'في', country: 'MA' },
    ]) {
      const [a, b] = [
        await searchOn(one.origin, q(params)),
        await searchOn(split.origin, q(params)),
      ];
      expect(b.titles.length, JSON.stringify(params)).toBeGreaterThan(0);
      expect(b.status).toBe(a.status);
      expect([...b.titles].sort()).toEqual([...a.titles].sort());
    }
    // Morocco's releases are in all three parts; the year 2025 spans two.
    expect(partsOf((await searchOn(split.origin, q({ country: 'MA' }))).titles).size).toBe(3);
    expect(partsOf((await searchOn(split.origin, q({ year: '2025' }))).titles).size).toBe(2);
  });

  it('"newest first" gives the global date order, as one index does', async () => {
    for (const params of [
      { q: 'في', sort: 'newest' },
      { country: 'MA' },
      { tag: 'التعاون الدولي' },
      { year: '2025' },
      { q: 'التعاون', sort: 'newest' },
    ]) {
      const [a, b] = [
        await searchOn(one.origin, q(params)),
        await searchOn(split.origin, q(params)),
      ];
      expect(b.titles, JSON.stringify(params)).toEqual(a.titles);
    }
    // Paging ("عرض المزيد من النتائج") continues the same global order across parts (a period
    // filter that holds every release: 13 results).
    const prefix = { from: '2024-01', sort: 'newest' };
    const [a, b] = [await searchOn(one.origin, q(prefix)), await searchOn(split.origin, q(prefix))];
    expect(b.titles.length).toBeGreaterThan(10);
    expect(b.titles).toEqual(a.titles);
    // And it is really across parts: newest part first.
    const ma = (await searchOn(split.origin, q({ country: 'MA' }))).titles.map((t) =>
      partOf.get(t)!,
    );
    expect(ma).toEqual([...ma].sort((x, y) => x - y));
    expect(new Set(ma).size).toBe(3);
  });
});
