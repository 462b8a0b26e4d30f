import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plural, RESULTS } from '../../src/arabic/plural.ts';
import { launchBrowser, searchSettled } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { fileForUrl } from '../helpers/html.ts';
import { serve } from '../helpers/serve.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let dist: string;
const SEED_TITLE = 'حموشي يبحث مع سفراء المملكة المتحدة والغابون وماليزيا تعزيز التعاون الأمني';
const GULF_TITLE = 'وفد أمني يزور الرياض وأبوظبي لبحث تبادل الخبرات';

beforeAll(async () => {
  ({ dist } = await buildSite('site')); // the shipped releases, seed included
  server = await serve(dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const titles = (page: Page) => page.locator('.search-result h2 a').allTextContents();

describe('search on the shipped archive', () => {
  it('finds a word and only that word: «الدين» is not «البلدين», «مذكرة تفاهم» finds nothing and says how to go on', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('الدين')}`);
    await searchSettled(page);
    expect(await titles(page)).toEqual([SEED_TITLE]); // «شهاب الدين», the ambassador
    const marks = await page.locator('.search-result .excerpt mark').allTextContents();
    expect(marks).toEqual(['الدين']);

    await page.goto(`${server.origin}/search/?${new URLSearchParams({ q: 'مذكرة تفاهم' })}`);
    await searchSettled(page);
    expect(await titles(page)).toEqual([]); // the road-safety release says «تفاعلية», not «تفاهم»
    const none = page.locator('.search-none');
    await expect.poll(() => none.isVisible()).toBe(true);
    expect(await none.getByRole('link').allTextContents()).toEqual(['الوسوم', 'الدول', 'التاريخ']);
    await page.close();
  });

  it('shows a filter value from the URL that the archive does not have, and removes it', async () => {
    const page = await browser.newPage();
    await page.goto(
      `${server.origin}/search/?${new URLSearchParams({ q: 'التعاون', tag: 'وسم مجهول' })}`,
    );
    await searchSettled(page);
    const tag = page.getByLabel('الوسم');
    expect(await tag.inputValue()).toBe('وسم مجهول');
    expect(await tag.locator('option:checked').textContent()).toContain('غير موجود في الأرشيف');
    expect(await titles(page)).toEqual([]);
    const active = page.locator('.search-active button');
    expect(await active.allTextContents()).toEqual([
      'إزالة عامل التصفية الوسم: وسم مجهول (غير موجود في الأرشيف) ×',
    ]);
    // The no-results hint offers to drop the filter; doing so searches again without it.
    await page.locator('.search-hint button').first().click();
    await searchSettled(page);
    expect(new URL(page.url()).searchParams.get('tag')).toBeNull();
    expect(await titles(page)).toEqual(expect.arrayContaining([SEED_TITLE, GULF_TITLE]));
    expect(await tag.inputValue()).toBe('');
    expect(await page.locator('.search-active').isHidden()).toBe(true);
    await page.close();
  });

  it('filters by a period of months, and a date is searchable in the archive locale', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('التعاون')}`);
    await searchSettled(page);
    const all = await titles(page);
    await page.getByLabel('الفترة: من شهر').selectOption('2025-06');
    await searchSettled(page);
    await page.getByLabel('الفترة: إلى شهر').selectOption('2025-06');
    await searchSettled(page);
    const june = await titles(page);
    expect(june).toContain(SEED_TITLE); // 18 June 2025
    expect(june.length).toBeLessThan(all.length);
    const params = new URL(page.url()).searchParams;
    expect([params.get('from'), params.get('to')]).toEqual(['2025-06', '2025-06']);

    await page.goto(`${server.origin}/search/?${new URLSearchParams({ q: '١٨ يونيو ٢٠٢٥' })}`);
    await searchSettled(page);
    expect(await titles(page)).toEqual([SEED_TITLE]);
    await page.close();
  });

  it('finds the seed release by typing الغابون, and filtering by Gabon keeps it and drops other countries', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/`);
    await page.locator('#search-q').fill('الغابون');
    await expect.poll(() => titles(page), { timeout: 15_000 }).toContain(SEED_TITLE);

    await page.locator('#search-q').fill('التعاون الأمني');
    await page.locator('#search-q').press('Enter');
    await searchSettled(page);
    expect(await titles(page)).toEqual(expect.arrayContaining([SEED_TITLE, GULF_TITLE]));

    await page.getByLabel('الدولة').selectOption({ label: 'الغابون' });
    await searchSettled(page);
    const filtered = await titles(page);
    expect(filtered).toContain(SEED_TITLE);
    expect(filtered).not.toContain(GULF_TITLE);
    expect(new URL(page.url()).searchParams.get('country')).toBe('GA');
    await page.close();
  });

  it('keeps the query and filters in the URL, and the back button restores earlier searches', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('التعاون')}`);
    await searchSettled(page);
    const unfiltered = await titles(page);
    expect(unfiltered).toEqual(expect.arrayContaining([SEED_TITLE, GULF_TITLE]));

    await page.getByLabel('الدولة').selectOption('SA');
    await searchSettled(page);
    expect(await titles(page)).toEqual([GULF_TITLE]);
    await page.getByLabel('الترتيب').selectOption('newest');
    await searchSettled(page);
    let params = new URL(page.url()).searchParams;
    expect([params.get('q'), params.get('country'), params.get('sort')]).toEqual([
      'التعاون',
      'SA',
      'newest',
    ]);

    await page.goBack();
    await searchSettled(page);
    params = new URL(page.url()).searchParams;
    expect(params.get('sort')).toBeNull();
    expect(await page.getByLabel('الترتيب').inputValue()).toBe('relevance');
    expect(await page.getByLabel('الدولة').inputValue()).toBe('SA');

    await page.goBack();
    await searchSettled(page);
    expect(new URL(page.url()).searchParams.get('country')).toBeNull();
    expect(await page.getByLabel('الدولة').inputValue()).toBe('');
    expect(await page.locator('#search-q').inputValue()).toBe('التعاون');
    expect(await titles(page)).toEqual(unfiltered);

    // A shared URL opens with its filters applied.
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('التعاون')}&country=GA`);
    await searchSettled(page);
    expect(await page.getByLabel('الدولة').inputValue()).toBe('GA');
    expect(await titles(page)).toEqual([SEED_TITLE]);
    await page.close();
  });

  it('counts results with the Arabic plural and shows the original spelling in excerpts', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('الامن')}`);
    await searchSettled(page);
    const count = await page.locator('.search-result').count();
    expect(count).toBeGreaterThan(1);
    expect(await page.locator('.search-status').textContent()).toContain(
      plural(count, RESULTS, 'ar-MA'),
    );
    // The query was typed without hamza; the marks show the releases' own spelling.
    const marks = await page.locator('.search-result .excerpt mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.some((m) => m.includes('الأمن') || m.includes('أمن'))).toBe(true);
    await page.close();
  });

  it('links a result to its matched words with a text fragment: the release page scrolls to them without any script', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 400 } });
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('والاستقرار')}`);
    await searchSettled(page);
    const link = page.getByRole('link', { name: SEED_TITLE });
    const href = decodeURIComponent((await link.getAttribute('href')) ?? '');
    // The release's own spelling, with the words around it so that only this occurrence is marked.
    expect(href).toMatch(/#:~:text=دعم الأمن-,والاستقرار,-على المستويين$/);
    await link.click();
    await page.waitForURL(/\/releases\//);
    // The word is in the last paragraph: the browser scrolled to it.
    await expect
      .poll(() => page.evaluate(() => window.scrollY), { timeout: 10_000 })
      .toBeGreaterThan(400);
    const html = readFileSync(fileForUrl(dist, new URL(page.url()).pathname), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    await page.close();
  });
});
