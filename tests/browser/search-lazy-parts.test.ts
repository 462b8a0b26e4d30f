import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, searchSettled } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { searchPageParts } from '../helpers/pagefind.ts';
import { TMP } from '../helpers/paths.ts';
import { serve } from '../helpers/serve.ts';

/**
 * An index in three parts of at most 10 pages: 20 releases of March 2026, split into the newest
 * ten (1–20 March: 11–20 in the primary bundle `pagefind/`, 1–10 in `pagefind/part-2026-1/`), and
 * 3 releases of 2020 in `pagefind/part-2020/`. Every release speaks of «التعاون»; only the 2020
 * ones of «الأرشيف». A reader's first query must download the newest part only; older parts come
 * when the reader asks for them, or when the newer parts cannot fill the first page.
 */
const releases = join(TMP, 'lazy-parts-releases');
let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;
let parts: string[];

function release(file: string, title: string, date: string, extra = ''): void {
  writeFileSync(
    file,
    `---\ntitle: "${title}"\ndate: ${date}\ndateline: الرباط\nissuer: جهة اختبار\ncountries: [MA]\ntags: [التعاون الدولي]\n---\n\n${title}: جلسة عمل حول التعاون بين المصالح المختصة${extra}.\n`,
  );
}

beforeAll(async () => {
  rmSync(releases, { recursive: true, force: true });
  mkdirSync(join(releases, '2026'), { recursive: true });
  mkdirSync(join(releases, '2020'), { recursive: true });
  for (let day = 1; day <= 20; day++)
    release(
      join(releases, '2026', `r${day}.mdx`),
      `البلاغ رقم ${day} لسنة 2026`,
      `2026-03-${String(day).padStart(2, '0')}`,
    );
  for (let n = 1; n <= 3; n++)
    release(
      join(releases, '2020', `old-${n}.mdx`),
      `البلاغ رقم ${n} لسنة 2020`,
      `2020-05-0${n}`,
      ' وحفظ الأرشيف',
    );
  const built = await buildSite('lazy-parts', {
    releasesDir: releases,
    env: { ARCHIVE_SEARCH_PART_SIZE: '10' },
  });
  parts = searchPageParts(built.dist);
  site = await serve(built.dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a search URL and records which part bundles the page downloads from. */
async function open(query: string): Promise<{ page: Page; fetched: Set<string> }> {
  const page = await browser.newPage();
  const fetched = new Set<string>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname.slice(1);
    // The longest bundle folder that holds the file (part folders sit inside pagefind/).
    const bundle = parts.filter((p) => path.startsWith(p)).sort((a, b) => b.length - a.length)[0];
    if (bundle) fetched.add(bundle);
  });
  await page.goto(`${site.origin}/search/${query}`);
  await searchSettled(page);
  return { page, fetched };
}

const titles = (page: Page) => page.locator('.search-result h2 a').allTextContents();
const status = async (page: Page) => (await page.locator('.search-status').textContent()) ?? '';
const q = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

describe('an index in parts is read newest part first', () => {
  it('is built in three parts, 2026 split in two', () => {
    expect(parts).toEqual(['pagefind/', 'pagefind/part-2026-1/', 'pagefind/part-2020/']);
  });

  it('answers a first query from the newest part alone, says since which day, and reads older parts when the reader asks', async () => {
    const { page, fetched } = await open(q({ q: 'التعاون' }));
    expect([...fetched]).toEqual(['pagefind/']);
    const first = await titles(page);
    expect(first).toHaveLength(10);
    expect(first.map((t) => Number(/رقم (\d+)/.exec(t)![1])).sort((a, b) => a - b)).toEqual([
      11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
    ]);
    // The count covers 11 March 2026 and later, the day of the oldest release read, written as
    // release dates are written.
    const day11 = (await page.locator('.search-result time[datetime="2026-03-11"]').textContent())!;
    expect(await status(page)).toContain(`منذ ${day11}`);

    // "More" asks for ten more results: both older parts are read (a step of two), 1–10 March
    // fill the page, and the count becomes the archive's.
    const more = page.locator('.search-more');
    await more.click();
    await searchSettled(page);
    expect(await titles(page)).toHaveLength(20);
    expect(fetched).toEqual(new Set(parts));
    expect(await status(page)).not.toMatch(/منذ/);
    // Keyboard users land on the first new result, not on the hidden button.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      (await titles(page))[10],
    );
    await more.click();
    await searchSettled(page);
    const all = await titles(page);
    expect(all).toHaveLength(23);
    expect(all.slice(20).every((t) => t.includes('2020'))).toBe(true);
    expect(await more.isVisible()).toBe(false);
    await page.close();
  });

  it('reads older parts at once when the newest cannot fill the first page', async () => {
    const { page, fetched } = await open(q({ q: 'الأرشيف' }));
    expect(fetched.has('pagefind/part-2020/')).toBe(true);
    expect((await titles(page)).sort()).toEqual([
      'البلاغ رقم 1 لسنة 2020',
      'البلاغ رقم 2 لسنة 2020',
      'البلاغ رقم 3 لسنة 2020',
    ]);
    expect(await status(page)).not.toMatch(/منذ/);
    await page.close();
  });

  it('starts a new query from the newest part again after a query that read older parts', async () => {
    const { page } = await open(q({ q: 'الأرشيف' }));
    const later: string[] = [];
    page.on('request', (request) => later.push(new URL(request.url()).pathname));
    await page.locator('#search-q').fill('التعاون');
    await page.locator('#search-q').press('Enter');
    await searchSettled(page);
    expect(await titles(page)).toHaveLength(10);
    expect(await status(page)).toMatch(/منذ/);
    // Index chunks of the older parts are not downloaded for a query the newest part answers.
    expect(later.filter((path) => /\/pagefind\/part-[^/]+\/index\//.test(path))).toEqual([]);
    expect(later.some((path) => /^\/pagefind\/index\//.test(path))).toBe(true);
    await page.close();
  });

  it('reads all the parts of a filtered year at once, and none of other years', async () => {
    const { page, fetched } = await open(q({ q: 'التعاون', year: '2026' }));
    expect(fetched).toEqual(new Set(['pagefind/', 'pagefind/part-2026-1/']));
    // The count for 2026 is complete: 20 results, not "since" a day.
    expect(await status(page)).not.toMatch(/منذ/);
    await page.locator('.search-more').click();
    await searchSettled(page);
    expect(await titles(page)).toHaveLength(20);
    expect((await titles(page)).every((t) => t.includes('2026'))).toBe(true);
    await page.close();
  });

  it('reads only the parts of the years a period covers, and counts the months of the period', async () => {
    const { page, fetched } = await open(q({ q: 'التعاون', from: '2019-01', to: '2020-12' }));
    // Part 0 carries Pagefind's runtime; of the others, only 2020's.
    expect(fetched).toEqual(new Set(['pagefind/', 'pagefind/part-2020/']));
    expect(await titles(page)).toHaveLength(3);
    expect((await titles(page)).every((t) => t.includes('2020'))).toBe(true);
    await page.close();
  });
});
