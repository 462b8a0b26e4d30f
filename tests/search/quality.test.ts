/**
 * Search quality: builds the fixture archive tests/fixtures/search/releases (the phenomena) with
 * tests/fixtures/search/precision (look-alike pairs and morphology) twice, with this
 * archive's search and with plain Pagefind (`ARCHIVE_SEARCH_PLAIN=1`: no normalisation, Pagefind's
 * Arabic stemmer), runs every query of tests/fixtures/search/queries.json through each search
 * page in headless Chromium, and prints recall@10, first-hit accuracy and false positives in the
 * top 10, per kind of query, side by side (the table in docs/search.md). It fails when this
 * archive's search misses an expected release, has a first-hit accuracy under 0.95 for a kind,
 * finds a release a look-alike query must not find, finds anything for a query that must find
 * nothing, or finds fewer morphology cases than plain Pagefind. Also prints the bytes the browser
 * downloads.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENV } from '../../src/config/env.ts';
import { EMPTY_STATE, searchStateToQuery } from '../../src/search/browser/url.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { FIXTURES, TMP } from '../helpers/paths.ts';
import { serve } from '../helpers/serve.ts';
import {
  firstHitOf,
  markdownTable,
  recallOf,
  rowFor,
  score,
  type QuerySpec,
  type Row,
} from './metrics.ts';

const spec = JSON.parse(readFileSync(join(FIXTURES, 'search/queries.json'), 'utf8')) as {
  queries: QuerySpec[];
};

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let plainServer: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  // One archive of both fixture folders (the other search tests build search/releases alone).
  const releasesDir = join(TMP, 'search-precision-releases');
  rmSync(releasesDir, { recursive: true, force: true });
  for (const folder of ['releases', 'precision'])
    cpSync(join(FIXTURES, 'search', folder), releasesDir, { recursive: true });
  const ours = await buildSite('search-precision', { releasesDir });
  const plain = await buildSite('search-precision-plain', {
    releasesDir,
    env: { [ENV.plainSearch]: '1' },
  });
  server = await serve(ours.dist);
  plainServer = await serve(plain.dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await plainServer?.close();
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

/** Runs the whole query set on one search page: rows by kind and by phenomenon, and what failed. */
async function measure(origin: string) {
  const page = await browser.newPage();
  await page.goto(`${origin}/search/`);
  const byKind = new Map<string, Row>();
  const byPhenomenon = new Map<string, Row>();
  const problems: string[] = [];
  for (const q of spec.queries) {
    const top10 = (await runQuery(page, q.query)).slice(0, 10);
    problems.push(...score(rowFor(byKind, q.kind), q, top10));
    score(rowFor(byPhenomenon, `${q.kind}: ${q.phenomenon}`), q, top10);
  }
  await page.close();
  return { byKind, byPhenomenon, problems };
}

describe('search quality on the fixture archive', () => {
  it('finds the right releases and only those, better than plain Pagefind', async () => {
    const ours = await measure(server.origin);
    const plain = await measure(plainServer.origin);
    console.log(
      `search quality, plain Pagefind → this archive (${spec.queries.length} queries), by kind:\n` +
        markdownTable(ours.byKind, plain.byKind) +
        '\n\nby phenomenon:\n' +
        markdownTable(ours.byPhenomenon, plain.byPhenomenon),
    );
    console.log(`plain Pagefind's misses and false positives:\n${plain.problems.join('\n')}`);
    console.log(`this archive's first hits elsewhere:\n${ours.problems.join('\n')}`);
    const recallMisses = ours.problems.filter((p) => !p.includes('first hit'));
    expect(recallMisses).toEqual([]);
    for (const [kind, row] of ours.byKind) {
      expect(recallOf(row), kind).toBe(1);
      expect(firstHitOf(row), `${kind}: ${ours.problems.join('; ')}`).toBeGreaterThanOrEqual(0.95);
      if (kind === 'look-alike' || kind === 'nothing') expect(row.falsePositives, kind).toBe(0);
    }
    const morphology = (r: { byKind: Map<string, Row> }) => recallOf(r.byKind.get('morphology')!);
    expect(morphology(ours)).toBeGreaterThanOrEqual(morphology(plain));
  });

  it('shows sub-results for a release with headings, linking to the heading', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/`);
    expect(await runQuery(page, 'حوادث السير')).toContain('sections');
    const sub = page.locator('.sub-results a').first();
    expect(await sub.textContent()).toBe('السلامة الطرقية');
    // One directive for the phrase, with a word of context on each side in its sentence.
    expect(decodeURIComponent((await sub.getAttribute('href')) ?? '')).toMatch(
      /\/releases\/sections\/#[^:]+:~:text=تراجع عدد-,حوادث السير,-في المدن$/,
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
