import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { serve } from '../helpers/serve.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let page: Page;

beforeAll(async () => {
  const { dist } = await buildSite('fixture', {
    releasesDir: join(FIXTURES, 'archive'),
    env: { ARCHIVE_PAGE_SIZE: '2' },
  });
  server = await serve(dist);
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${server.origin}/releases/zeta/`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('text direction in the browser', () => {
  it('keeps a paragraph that starts with a Latin word right-to-left', async () => {
    const paragraph = page.locator('.release-body p', { hasText: 'Europol' });
    expect(await paragraph.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
    // The first word is isolated, so it sits at the right edge and the Arabic flows after it.
    const [word, para] = await Promise.all([
      paragraph.locator('bdi', { hasText: 'Europol' }).boundingBox(),
      paragraph.boundingBox(),
    ]);
    expect(Math.abs(word!.x + word!.width - (para!.x + para!.width))).toBeLessThan(2);
  });

  it('isolates Latin runs so the parenthesis and the number stay with the Arabic text', async () => {
    const runs = await page.locator('.release-body bdi').allTextContents();
    expect(runs).toEqual(expect.arrayContaining(['Europol', 'INTERPOL', '120 km']));
  });

  it('shows code left-to-right', async () => {
    expect(
      await page.locator('.release-body pre').evaluate((el) => getComputedStyle(el).direction),
    ).toBe('ltr');
  });

  it('isolates Latin runs in release lists (excerpts)', async () => {
    await page.goto(`${server.origin}/tags/covid-19/`);
    expect(await page.locator('.card bdi').allTextContents()).toEqual(
      expect.arrayContaining(['COVID-19']),
    );
  });

  it('links search results to the same percent-encoded permalink as every other page', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('دلتا')}`);
    const link = page.locator('.search-result h2 a').first();
    await expect.poll(() => link.count(), { timeout: 15_000 }).toBe(1);
    const href = (await link.getAttribute('href'))!.split('#')[0];
    expect(href).toBe(`/releases/${encodeURIComponent('دلتا-عربي')}/`);
  });
});
