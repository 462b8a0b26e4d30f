/**
 * Search quality: builds the fixture archive tests/fixtures/search/releases, runs every query of
 * tests/fixtures/search/queries.json through the search page in headless Chromium, prints
 * recall@10 and first-hit accuracy per phenomenon, and fails when recall@10 is below 1 or a
 * query that must find nothing finds something. Also prints the bytes the browser downloads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_STATE, searchStateToQuery } from '../../src/search/browser/url.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { serve } from '../helpers/serve.ts';

interface QuerySpec {
  phenomenon: string;
  query: string;
  expect: string[];
}
const spec = JSON.parse(readFileSync(join(FIXTURES, 'search/queries.json'), 'utf8')) as {
  queries: QuerySpec[];
};

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
/** `SEARCH_BASELINE=1` measures plain Pagefind on the same fixture instead (reports, never fails). */
const BASELINE = process.env['SEARCH_BASELINE'] === '1';

beforeAll(async () => {
  const releasesDir = join(FIXTURES, 'search/releases');
  const { dist } = BASELINE
    ? await buildSite('search-quality-plain', { releasesDir, env: { ARCHIVE_SEARCH_PLAIN: '1' } })
    : await buildSite('search-quality', { releasesDir });
  server = await serve(dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Types a query in the search page, submits it and returns the slugs of the shown results (top 10). */
export async function runQuery(page: Page, query: string): Promise<string[]> {
  const input = page.locator('#search-q');
  await input.fill(query);
  await input.press('Enter');
  const expected = searchStateToQuery({ ...EMPTY_STATE, q: query });
  await page.waitForFunction(
    (want) => {
      const root = document.getElementById('search');
      return root?.dataset['completed'] === want && root.getAttribute('aria-busy') === 'false';
    },
    expected,
    { timeout: 15_000 },
  );
  const hrefs = await page
    .locator('.search-result h2 a')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  return hrefs.map((h) => decodeURIComponent(h).replace(/^\/releases\/|\/$/g, ''));
}

describe('search quality on the fixture archive', () => {
  it('finds every expected release in the top 10 and nothing for the empty queries', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/`);
    const rows = new Map<
      string,
      { queries: number; recall: number; firstHits: number; withExpect: number }
    >();
    const failures: string[] = [];
    for (const q of spec.queries) {
      const got = (await runQuery(page, q.query)).slice(0, 10);
      const row = rows.get(q.phenomenon) ?? { queries: 0, recall: 0, firstHits: 0, withExpect: 0 };
      row.queries++;
      if (q.expect.length === 0) {
        row.recall += got.length === 0 ? 1 : 0;
        if (got.length) failures.push(`«${q.query}» must find nothing, found ${got.join(', ')}`);
      } else {
        const found = q.expect.filter((slug) => got.includes(slug)).length;
        row.recall += found / q.expect.length;
        row.withExpect++;
        if (got[0] === q.expect[0]) row.firstHits++;
        if (found < q.expect.length)
          failures.push(
            `«${q.query}» (${q.phenomenon}) expected ${q.expect.join(', ')}, got ${got.join(', ') || 'nothing'}`,
          );
      }
      rows.set(q.phenomenon, row);
    }
    const table = [...rows].map(([phenomenon, r]) => ({
      phenomenon,
      queries: r.queries,
      'recall@10': Number((r.recall / r.queries).toFixed(3)),
      'first-hit': r.withExpect ? Number((r.firstHits / r.withExpect).toFixed(3)) : '—',
    }));
    console.log(
      `search quality${BASELINE ? ' of PLAIN Pagefind' : ''} (recall@10, first-hit accuracy) per phenomenon:`,
    );
    console.table(table);
    await page.close();
    if (BASELINE) console.log(failures.join('\n'));
    else expect(failures).toEqual([]);
  });

  it('shows sub-results for a release with headings, linking to the heading', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/`);
    expect(await runQuery(page, 'حوادث السير')).toContain('sections');
    const sub = page.locator('.sub-results a').first();
    expect(await sub.textContent()).toBe('السلامة الطرقية');
    expect(decodeURIComponent((await sub.getAttribute('href')) ?? '')).toMatch(
      /\/releases\/sections\/#[^:]+:~:text=(حوادث|السير)/,
    );
    await page.close();
  });

  it('marks the country a Latin country name matched', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/`);
    expect(await runQuery(page, 'United Kingdom')).toContain('united-kingdom');
    expect(await page.locator('.search-result .chips mark').allTextContents()).toEqual([
      'المملكة المتحدة',
    ]);
    expect(await runQuery(page, 'Malaisie')).toContain('gabon-malaysia');
    expect(await page.locator('.search-result .chips mark').allTextContents()).toEqual(['ماليزيا']);
    await page.close();
  });

  it('isolates Latin runs in titles and excerpts and marks them', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/`);
    expect(await runQuery(page, 'INTERPOL')).toEqual(['tokens']);
    expect(await page.locator('.search-result h2 a bdi').allTextContents()).toEqual([
      'INTERPOL',
      'G20',
    ]);
    expect(await page.locator('.search-result .excerpt mark bdi').first().textContent()).toBe(
      'INTERPOL',
    );
    await page.close();
  });

  it('reports the bytes downloaded for the first query and a later one', async () => {
    const page = await browser.newPage();
    const log: { url: string; raw: number; gzip: number }[] = [];
    page.on('response', async (response) => {
      try {
        const body = await response.body();
        const precompressed = /\.(pf_\w+|pagefind|woff2|webp|avif|jpe?g|png)(\?|$)/.test(
          response.url(),
        );
        log.push({
          url: response.url().replace(server.origin, ''),
          raw: body.length,
          gzip: precompressed ? body.length : gzipSync(body).length,
        });
      } catch {
        // redirects and aborted requests have no body
      }
    });
    await page.goto(`${server.origin}/search/`);
    await page.waitForLoadState('networkidle');
    const sum = (from: number) => {
      const part = log.slice(from);
      return {
        raw: part.reduce((a, r) => a + r.raw, 0),
        gzip: part.reduce((a, r) => a + r.gzip, 0),
        files: part.map((r) => r.url.split('?')[0] ?? r.url),
      };
    };
    const pageLoad = sum(0);
    let mark = log.length;
    await runQuery(page, 'الغابون');
    await page.waitForLoadState('networkidle');
    const first = sum(mark);
    mark = log.length;
    await runQuery(page, 'التعاون الدولي');
    await page.waitForLoadState('networkidle');
    const later = sum(mark);
    console.log(`search page load: ${pageLoad.raw} B (${pageLoad.gzip} B gzip)`);
    console.log(
      `first query: ${first.raw} B (${first.gzip} B with gzip for text files): ${first.files.join(' ')}`,
    );
    console.log(
      `later query: ${later.raw} B (${later.gzip} B with gzip): ${later.files.join(' ')}`,
    );
    expect(first.files.some((f) => f.endsWith('pagefind.js'))).toBe(true);
    expect(first.files.some((f) => f.includes('pagefind-worker'))).toBe(false);
    expect(first.gzip).toBeLessThan(250_000);
    expect(later.gzip).toBeLessThan(first.gzip);
    await page.close();
  });
});
