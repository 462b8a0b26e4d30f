/**
 * A translation's search page in headless Chromium, on the workflows fixture (`fr,en` declared),
 * next to the Arabic one: the query starts at the field's edge in either direction, on a phone and
 * a desktop, light and dark (screenshots in SHOTS for a person to look at), and an active tag
 * filter, an Arabic word, is marked as Arabic on the French page.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, searchSettled } from '../helpers/browser.ts';
import { TMP } from '../helpers/paths.ts';
import { serve } from '../helpers/serve.ts';
import { buildWorkflows } from '../quality/builds.ts';

const SHOTS = join(TMP, 'screenshots');
const TAG = 'الأمن الوطني';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  server = await serve((await buildWorkflows()).dist);
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width: number, colorScheme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 700 }, colorScheme });
  const page = await context.newPage();
  await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
  await page.locator('#search').waitFor();
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Pixels between the field's drawn edge on the query's starting side and the query's first letter. */
const textInset = (page: Page) =>
  page.evaluate(() => {
    const input = document.getElementById('search-q')!;
    const s = getComputedStyle(input);
    const box = input.getBoundingClientRect();
    // The drawn field is the element with the border: the input, or the box around it.
    const drawn = [input, input.parentElement!].find(
      (e) => parseFloat(getComputedStyle(e).borderInlineStartWidth) > 0,
    )!;
    const edge = drawn.getBoundingClientRect();
    return s.direction === 'rtl'
      ? edge.right - (box.right - parseFloat(s.paddingRight) - parseFloat(s.borderRightWidth))
      : box.left + parseFloat(s.paddingLeft) + parseFloat(s.borderLeftWidth) - edge.left;
  });

const cases = [
  { path: '/fr/search/', query: 'coopération', name: 'fr' },
  { path: '/search/', query: 'المباحثات', name: 'ar' },
].flatMap((c) =>
  [390, 1280].flatMap((width) =>
    (['light', 'dark'] as const).map((scheme) => ({ ...c, width, scheme })),
  ),
);

describe('the search field', () => {
  it.each(cases)(
    'starts the query at its edge on $path at $width px ($scheme)',
    async ({ path, query, name, width, scheme }) => {
      const page = await open(path, width, scheme);
      await page.screenshot({ path: join(SHOTS, `search-field-${name}-${width}-${scheme}.png`) });
      await page.locator('#search-q').fill(query);
      await expect.poll(() => page.locator('.search-clear').isVisible()).toBe(true);
      await page.screenshot({
        path: join(SHOTS, `search-field-${name}-${width}-${scheme}-query.png`),
      });
      // 1rem at most between the border and the first letter (it was 2.75rem: room for the
      // clear button, which sits at the other end).
      expect(await textInset(page)).toBeLessThanOrEqual(16);
      await page.context().close();
    },
  );
});

describe('an active tag filter on the French search page', () => {
  it('shows the tag, an Arabic word, marked as Arabic and isolated', async () => {
    // written as the page writes its own state (URLSearchParams: a space is "+")
    const query = new URLSearchParams({ q: 'coopération', tag: TAG });
    const page = await open(`/fr/search/?${query}`, 390, 'light');
    await searchSettled(page);
    const value = page.locator('.search-active button bdi');
    expect(await value.textContent()).toBe(TAG);
    expect(await value.getAttribute('lang')).toBe('ar');
    expect(await value.getAttribute('dir')).toBe('rtl');
    await page.context().close();
  });
});
