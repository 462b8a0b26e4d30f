/**
 * Bytes a browser downloads to search the built archive, measured in headless Debian Chromium
 * (tests/helpers/browser.ts) against a local static server (tests/helpers/serve.ts).
 *
 * Independent of the search UI: on a release page (which loads no JavaScript), it runs what the
 * search page does for a query (src/scripts/search/pagefind.ts) — load `pagefind/pagefind.js`
 * without its web worker, merge the other parts of the index (`mergeIndex`), `search(q)`, then
 * load the data of the first five results — and sums the response bodies of every request made
 * meanwhile (pagefind.js, the WASM, each part's entry and metadata files, index chunks, filters,
 * fragments).
 * A first query pays for the runtime; a later query only for new index chunks and fragments.
 * Bytes are what a static host with gzip would transfer: text responses (JS, JSON, CSS, HTML)
 * counted gzip-compressed (level 6), Pagefind's binary files (already compressed) as they are.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serve } from '../../tests/helpers/serve.ts';

export interface SearchBytes {
  /** Bytes for the first query (runtime + index + 5 result fragments), gzip for text. */
  first: number;
  firstRequests: number;
  /** Bytes for a second, different query on the same page. */
  later: number;
  laterRequests: number;
  /** Results found for each query (sanity check: a query that finds nothing loads little). */
  hits: [number, number];
  /** Bytes of loading the /search/ page itself (HTML, CSS, JS, UI assets), before any query. */
  searchPage: number;
  /** Bytes of `filters()` after the queries (what a facet panel loads: every filter's counts). */
  filters: number;
  /** The two query words. */
  queries: [string, string];
  /** Every response of the first query: path and counted bytes. */
  firstDetail: [string, number][];
}

async function query(page: Page, bundle: string, q: string, merge: string[]): Promise<number> {
  return page.evaluate(
    async ([b, text, more]) => {
      type Pf = {
        options(o: Record<string, unknown>): Promise<void>;
        init(): Promise<void>;
        mergeIndex(path: string): Promise<void>;
        search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
      };
      const w = window as unknown as { __pf?: Pf };
      if (!w.__pf) {
        const pf = (await import(/* @vite-ignore */ `${b}pagefind.js`)) as Pf;
        await pf.options({ noWorker: true }); // as the search page: no pagefind-worker.js
        await Promise.all(more.map((path) => pf.mergeIndex(path)));
        w.__pf = pf;
      }
      const pf = w.__pf;
      await pf.init();
      const found = await pf.search(text);
      await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
      return found.results.length;
    },
    [bundle, q, merge] as const,
  );
}

/**
 * @param dist - built archive (base `/`).
 * @param releasePath - a release page to run the queries on.
 * @param queries - two different words to search.
 * @param merge - bundle paths of the other parts of the index (`data-parts` of the search page
 *   after the first), merged with `mergeIndex` as the search page does.
 */
export async function measureSearchBytes(dist: string, releasePath: string, queries: [string, string], merge: string[] = []): Promise<SearchBytes> {
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
        const counted = /text|javascript|json|css|html|svg/.test(type) ? gzipSync(body).length : body.length;
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

    await page.goto(`${server.origin}/search/`);
    await settle();
    const searchPage = bytes;

    await page.goto(`${server.origin}${releasePath}`);
    await settle();
    bytes = 0;
    requests = 0;
    detail = [];
    const hits1 = await query(page, '/pagefind/', queries[0], merge);
    await settle();
    const first = bytes;
    const firstRequests = requests;
    const firstDetail = [...detail];
    bytes = 0;
    requests = 0;
    const hits2 = await query(page, '/pagefind/', queries[1], merge);
    await settle();
    const later = bytes;
    const laterRequests = requests;
    bytes = 0;
    await page.evaluate(async () => {
      await (window as unknown as { __pf: { filters(): Promise<unknown> } }).__pf.filters();
    });
    await settle();
    return { first, firstRequests, later, laterRequests, hits: [hits1, hits2], searchPage, filters: bytes, firstDetail, queries };
  } finally {
    await browser.close();
    await server.close();
  }
}
