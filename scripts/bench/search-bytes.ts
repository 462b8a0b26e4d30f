/**
 * Bytes a browser downloads to search the built archive, measured in headless Debian Chromium
 * (tests/helpers/browser.ts) against a local static server (tests/helpers/serve.ts).
 *
 * It drives the real search page: opens `/search/`, types a query and submits it, and waits until
 * the page has shown its first page of results (`data-completed`), summing the response bodies of
 * every request made meanwhile (pagefind.js, the WASM, the entry and metadata files of each part
 * the page read, index chunks, filter chunks, the fragments of the ten results shown). An index in
 * parts is read newest part first (src/search/browser/plan.ts), so the first query reads as many parts
 * as it needs to fill one page of results.
 * A first query pays for the runtime; a later query only for new index chunks and fragments.
 * Bytes are what a static host with gzip would transfer: text responses (JS, JSON, CSS, HTML)
 * counted gzip-compressed (level 6), Pagefind's binary files (already compressed) as they are.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser, searchSettled } from '../../tests/helpers/browser.ts';
import { serve } from '../../tests/helpers/serve.ts';

export interface SearchBytes {
  /** Bytes for the first query (runtime + the parts read + the first page of results), gzip for text. */
  first: number;
  firstRequests: number;
  /** Bytes for a second, different query on the same page. */
  later: number;
  laterRequests: number;
  /** What the page said about each query (its result count, and "منذ <year>" while older parts are unread). */
  statuses: [string, string];
  /** Bytes of loading the /search/ page itself (HTML, CSS, JS, UI assets), before any query. */
  searchPage: number;
  /** The two query words. */
  queries: [string, string];
  /** Every response of the first query: path and counted bytes. */
  firstDetail: [string, number][];
}

/** Types a query into the search page, submits it and waits for the first page of results. */
async function query(page: Page, q: string): Promise<string> {
  await page.locator('#search-q').fill(q);
  await page.locator('#search-q').press('Enter');
  await searchSettled(page, 120_000);
  return (await page.locator('.search-status').textContent()) ?? '';
}

/**
 * @param dist - built archive (base `/`).
 * @param queries - two different words to search, one after the other on the same page.
 */
export async function measureSearchBytes(
  dist: string,
  queries: [string, string],
): Promise<SearchBytes> {
  const server = await serve(dist);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    let bytes = 0;
    let requests = 0;
    let detail: [string, number][] = [];
    page.on('response', async (response) => {
      try {
        const body = await response.body();
        const type = response.headers()['content-type'] ?? '';
        const counted = /text|javascript|json|css|html|svg/.test(type)
          ? gzipSync(body).length
          : body.length;
        bytes += counted;
        requests++;
        detail.push([new URL(response.url()).pathname, counted]);
      } catch {
        // redirects and aborted responses have no body
      }
    });
    const settle = async () => {
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(200);
    };
    const reset = () => {
      bytes = 0;
      requests = 0;
      detail = [];
    };

    await page.goto(`${server.origin}/search/`);
    await settle();
    const searchPage = bytes;
    reset();
    const status1 = await query(page, queries[0]);
    await settle();
    const first = bytes;
    const firstRequests = requests;
    const firstDetail = [...detail];
    reset();
    const status2 = await query(page, queries[1]);
    await settle();
    return {
      first,
      firstRequests,
      later: bytes,
      laterRequests: requests,
      statuses: [status1, status2],
      searchPage,
      firstDetail,
      queries,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
