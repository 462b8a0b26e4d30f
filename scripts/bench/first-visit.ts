/**
 * What a first visit of a page costs a reader, measured in headless Debian Chromium
 * (tests/helpers/browser.ts) against a local static server (tests/helpers/serve.ts): a fresh
 * browser context (empty cache) opens the page and waits until the network is idle and the fonts
 * are ready; every response is counted by kind. Text (HTML, CSS, JS, JSON, SVG) is counted
 * gzip-compressed (level 6), as a static host with gzip would send it; fonts (WOFF2, already
 * compressed) and images as they are. Which font files a page loads is the browser's choice
 * (`unicode-range`, the weights and families the page uses), which is why this is measured in a
 * browser and not read from the files (scripts/bench/sizes.ts).
 */
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serve } from '../../tests/helpers/serve.ts';

/** Bytes of one first visit, by kind; `files` lists every response (path and counted bytes). */
export interface FirstVisit {
  path: string;
  html: number;
  css: number;
  fonts: number;
  js: number;
  images: number;
  other: number;
  /** HTML + CSS + fonts + JS: the first visit with images aside. */
  total: number;
  files: [string, number][];
}

const kindOf = (type: string, url: string) =>
  /font|woff/.test(type) || /\.woff2?$/.test(url)
    ? 'fonts'
    : /html/.test(type)
      ? 'html'
      : /css/.test(type)
        ? 'css'
        : /javascript/.test(type)
          ? 'js'
          : /image/.test(type)
            ? 'images'
            : 'other';

/**
 * @param dist - built archive (base `/`).
 * @param paths - site paths to visit, e.g. `{ release: '/releases/x/' }` (percent-encoded).
 * @param viewport - CSS pixels (default 1280 × 900; fonts do not depend on it, images may).
 * @returns the bytes of each page's first visit, keyed like `paths`.
 */
export async function measureFirstVisits(
  dist: string,
  paths: Record<string, string>,
  viewport = { width: 1280, height: 900 },
): Promise<Record<string, FirstVisit>> {
  const server = await serve(dist);
  const browser = await launchBrowser();
  const out: Record<string, FirstVisit> = {};
  try {
    for (const [name, path] of Object.entries(paths)) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const visit: FirstVisit = {
        path,
        html: 0,
        css: 0,
        fonts: 0,
        js: 0,
        images: 0,
        other: 0,
        total: 0,
        files: [],
      };
      const pending: Promise<void>[] = [];
      page.on('response', (response) => {
        pending.push(
          response.body().then(
            (body) => {
              const type = response.headers()['content-type'] ?? '';
              const url = new URL(response.url()).pathname;
              const kind = kindOf(type, url);
              const counted = /text|javascript|json|css|html|svg/.test(type)
                ? gzipSync(body).length
                : body.length;
              visit[kind] += counted;
              visit.files.push([decodeURIComponent(url), counted]);
            },
            () => undefined, // redirects and aborted responses have no body
          ),
        );
      });
      await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(200);
      await Promise.all(pending);
      visit.total = visit.html + visit.css + visit.fonts + visit.js;
      out[name] = visit;
      await context.close();
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}
