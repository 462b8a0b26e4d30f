import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { searchPageParts } from '../helpers/pagefind.ts';
import { TMP } from '../helpers/paths.ts';
import { serve } from '../helpers/serve.ts';

/**
 * An index in two parts (parts of at most 14 pages): 14 releases of 2026 in the primary bundle,
 * 3 of 2020 in `pagefind/part-2020/`. Every release speaks of «التعاون». A reader's first query
 * must download the newest part only; older years come when the reader asks for them.
 */
const releases = join(TMP, 'lazy-parts-releases');
const ORDINALS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر', 'الحادي عشر', 'الثاني عشر', 'الثالث عشر', 'الرابع عشر'];
let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;
let parts: string[];

function release(file: string, title: string, date: string): void {
  writeFileSync(
    file,
    `---\ntitle: "${title}"\ndate: ${date}\ndateline: الرباط\nissuer: جهة اختبار\ncountries: [MA]\ntags: [التعاون الدولي]\n---\n\n${title}: جلسة عمل حول التعاون بين المصالح المختصة.\n`,
  );
}

beforeAll(async () => {
  rmSync(releases, { recursive: true, force: true });
  mkdirSync(join(releases, '2026'), { recursive: true });
  mkdirSync(join(releases, '2020'), { recursive: true });
  ORDINALS.forEach((ordinal, i) => release(join(releases, '2026', `r${i + 1}.mdx`), `البلاغ ${ordinal} لسنة 2026`, `2026-03-${String(i + 1).padStart(2, '0')}`));
  ['الأول', 'الثاني', 'الثالث'].forEach((ordinal, i) => release(join(releases, '2020', `old-${i + 1}.mdx`), `البلاغ ${ordinal} لسنة 2020`, `2020-05-0${i + 1}`));
  const built = await buildSite('lazy-parts', { releasesDir: releases, env: { ARCHIVE_SEARCH_PART_SIZE: '14' } });
  parts = searchPageParts(built.dist);
  site = await serve(built.dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Waits until the search page has finished what it was asked (a search or "more"). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.getElementById('search');
    return root?.getAttribute('aria-busy') === 'false' && root.dataset['completed'] === (location.search || '?');
  }, undefined, { timeout: 15_000 });
}

/** Opens a search URL and records which part bundles the page downloads from. */
async function open(query: string): Promise<{ page: Page; fetched: Set<string> }> {
  const page = await browser.newPage();
  const fetched = new Set<string>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    for (const bundle of parts) if (path.startsWith(`/${bundle}`) && !parts.some((p) => p !== bundle && p.startsWith(bundle) && path.startsWith(`/${p}`))) fetched.add(bundle);
  });
  await page.goto(`${site.origin}/search/${query}`);
  await settled(page);
  return { page, fetched };
}

const titles = (page: Page) => page.locator('.search-result h2 a').allTextContents();
const status = async (page: Page) => (await page.locator('.search-status').textContent()) ?? '';

describe('an index in parts is read newest part first', () => {
  it('is built in two parts', () => {
    expect(parts).toEqual(['pagefind/', 'pagefind/part-2020/']);
  });

  it('answers a first query from the newest part alone, then reads older years when the reader asks', async () => {
    const { page, fetched } = await open(`?${new URLSearchParams({ q: 'التعاون' })}`);
    expect([...fetched]).toEqual(['pagefind/']);
    expect(await titles(page)).toHaveLength(10);
    expect((await titles(page)).every((t) => t.includes('2026'))).toBe(true);
    // The count says it covers 2026 only.
    expect(await status(page)).toMatch(/منذ/);

    // "More" asks for ten more results: the four left in 2026, then 2020's three.
    const more = page.locator('.search-more');
    await more.click();
    await settled(page);
    const all = await titles(page);
    expect(all).toHaveLength(17);
    expect(all.slice(0, 14).every((t) => t.includes('2026'))).toBe(true);
    expect(all.slice(14).every((t) => t.includes('2020'))).toBe(true);
    expect(fetched.has('pagefind/part-2020/')).toBe(true);
    expect(await status(page)).not.toMatch(/منذ/);
    expect(await more.isVisible()).toBe(false);
    await page.close();
  });

  it('reads older parts at once when the newest cannot fill the first page', async () => {
    const { page, fetched } = await open(`?${new URLSearchParams({ q: 'الثالث' })}`);
    expect(fetched.has('pagefind/part-2020/')).toBe(true);
    expect((await titles(page)).sort()).toEqual(['البلاغ الثالث لسنة 2020', 'البلاغ الثالث لسنة 2026', 'البلاغ الثالث عشر لسنة 2026'].sort());
    expect(await status(page)).not.toMatch(/منذ/);
    await page.close();
  });

  it('reads only the part that holds the year a reader filters on, and counts it completely', async () => {
    const { page, fetched } = await open(`?${new URLSearchParams({ q: 'التعاون', year: '2020' })}`);
    expect((await titles(page)).every((t) => t.includes('2020'))).toBe(true);
    expect(await titles(page)).toHaveLength(3);
    expect(fetched.has('pagefind/part-2020/')).toBe(true);
    expect(await status(page)).not.toMatch(/منذ/);
    await page.close();
  });
});
