import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, searchSettled } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { HARMLESS } from '../helpers/hostile.ts';
import { htmlPages } from '../helpers/html.ts';
import { serve } from '../helpers/serve.ts';

/**
 * The hostile fixture that builds (quoted code in titles, summaries, tags and text; markup that
 * is left out), opened in Chromium: no page runs anything or loads anything from elsewhere, and
 * search shows the quoted code as text.
 */

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let dist: string;

beforeAll(async () => {
  ({ dist } = await buildSite('hostile-harmless', { releasesDir: HARMLESS.dir }));
  server = await serve(dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and records dialogs (alert, confirm) and requests that leave the archive. */
async function visit(path: string) {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  const foreign: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  return { page, dialogs, foreign };
}

describe('hostile text in a browser', () => {
  it('runs nothing and loads nothing from elsewhere on any page', async () => {
    const pages = htmlPages(dist);
    expect(pages.length).toBeGreaterThan(10);
    for (const path of pages) {
      const { page, dialogs, foreign } = await visit(path);
      await page.mouse.move(200, 200); // onmouseover payloads, had any survived
      expect(dialogs, path).toEqual([]);
      expect(foreign, path).toEqual([]);
      await page.close();
    }
  });

  it('shows quoted code found by search as text', async () => {
    const { page, dialogs } = await visit(`/search/?q=${encodeURIComponent('PAYLOAD')}`);
    await searchSettled(page);
    const titles = await page.locator('.search-result h2 a').allTextContents();
    expect(titles).toContain(
      "<script>alert('PAYLOAD')</script> & <img src=x onerror=alert('PAYLOAD')>",
    );
    expect(await page.locator('.search-result img[onerror], .search-result script').count()).toBe(
      0,
    );
    expect(dialogs).toEqual([]);
  });
});
