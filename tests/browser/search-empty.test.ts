/**
 * An archive without any published release (here: one draft) has no search index: its search page
 * says there is nothing to search yet, never that the index could not be loaded.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { serve } from '../helpers/serve.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  const { dist } = await buildSite('empty-archive', {
    releasesDir: join(FIXTURES, 'empty-archive'),
  });
  server = await serve(dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the search page of an empty archive', () => {
  it('says there is nothing to search yet, also for a shared search URL', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('requestfailed', (r) => errors.push(r.url()));
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('التعاون')}`);
    await page.waitForLoadState('networkidle');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('لا توجد بلاغات منشورة في الأرشيف بعد');
    expect(text).not.toContain('تعذر تحميل');
    expect(await page.locator('#search').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
