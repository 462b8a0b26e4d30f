import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { serve } from '../helpers/serve.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
const SEED_TITLE = 'حموشي يبحث مع سفراء المملكة المتحدة والغابون وماليزيا تعزيز التعاون الأمني';

beforeAll(async () => {
  const { dist } = await buildSite('site'); // the shipped releases, seed included
  server = await serve(dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('search on the shipped archive', () => {
  it('finds the seed release by typing الغابون, and keeps it when filtering by Gabon', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/`);
    const input = page.locator('#search input').first();
    await input.fill('الغابون');
    const result = page.getByRole('link', { name: SEED_TITLE });
    await expect.poll(() => result.count(), { timeout: 15_000 }).toBeGreaterThan(0);

    await page.getByText('الغابون', { exact: true }).filter({ visible: true }).last().click();
    await expect.poll(() => result.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.close();
  });
});
