import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, searchSettled } from '../helpers/browser.ts';
import { serve } from '../helpers/serve.ts';
import { buildShipped } from '../quality/builds.ts';
import { SHIPPED_PAGES } from './page-types.ts';

/**
 * Layout shift while the web fonts arrive (Layout Instability API, `layout-shift` entries through a
 * PerformanceObserver, summed as Lighthouse's CLS does for one page load), on every page type, on a
 * phone and a desktop. Font responses are held back FONT_DELAY ms, as on a slow connection, so the
 * page is first painted in the local fallback and then swaps: the metric-adjusted fallbacks of
 * src/styles/fonts.css must keep that swap from moving anything (CLS < 0.05; Lighthouse's "good" is
 * 0.1). The test also checks that the swap really happened after the first paint.
 */
const FONT_DELAY = 700;
/** Every page type but the indexes that look like others (countries ≈ tags, year ≈ archive). */
const PAGES = Object.fromEntries(
  Object.entries(SHIPPED_PAGES)
    .filter(([name]) => name !== 'countries' && name !== 'year')
    .map(([name, path]) => [
      name,
      name === 'search' ? `/search/?q=${encodeURIComponent('INTERPOL')}` : path,
    ]),
);

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  server = await serve((await buildShipped()).dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const cases = Object.entries(PAGES).flatMap(([name, path]) =>
  [390, 1280].map((width) => ({ name, path, width })),
);

describe('layout shift while fonts load', () => {
  it.each(cases)(
    'stays under 0.05 on the $name page at $width px',
    async ({ name, path, width }) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __shift: number; __shifts: string[] };
        w.__shift = 0;
        w.__shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
            sources?: { node?: Node }[];
          })[]) {
            if (entry.hadRecentInput) continue;
            w.__shift += entry.value;
            w.__shifts.push(
              `${entry.value.toFixed(4)} ${(entry.sources ?? []).map((s) => (s.node as Element | undefined)?.className ?? s.node?.nodeName).join(' ')}`,
            );
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.route('**/*.woff2', async (route) => {
        await new Promise((r) => setTimeout(r, FONT_DELAY));
        await route.continue();
      });
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      if (path.startsWith('/search/')) await searchSettled(page);
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(300);
      const result = await page.evaluate(() => {
        const w = window as unknown as { __shift: number; __shifts: string[] };
        const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
        const fonts = performance
          .getEntriesByType('resource')
          .filter((r) => r.name.endsWith('.woff2'))
          .map((r) => (r as PerformanceResourceTiming).responseEnd);
        return { shift: w.__shift, shifts: w.__shifts, paint, lastFont: Math.max(...fonts) };
      });
      console.log(`layout shift ${name} ${width}px: ${result.shift.toFixed(4)}`);
      // The fonts arrived after the page was first painted: there was a swap to measure.
      expect(result.lastFont).toBeGreaterThan(result.paint);
      expect(result.shift, result.shifts.join('\n')).toBeLessThan(0.05);
      await context.close();
    },
  );
});
