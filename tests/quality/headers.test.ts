import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { htmlPages, readPage } from '../helpers/html.ts';
import { ROOT } from '../helpers/paths.ts';
import { buildReader } from './builds.ts';
import { headersFor, parseHeaders } from './headers.ts';

/** public/_headers: its policy lets every page work (search included) and keeps the rest strict. */
const rules = parseHeaders(readFileSync(join(ROOT, 'public/_headers'), 'utf8'));
const csp = (path: string) =>
  headersFor(rules, path)
    .filter(([n]) => n === 'Content-Security-Policy')
    .map(([, v]) => v);
let dist: string;
let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
  dist = (await buildReader()).dist;
  const files = sirv(dist, { dev: false, etag: false, extensions: ['html'] });
  server = createServer((req, res) => {
    for (const [name, value] of headersFor(rules, new URL(req.url ?? '/', 'http://x').pathname))
      res.setHeader(name, value);
    files(req, res, () => {
      res.statusCode = 404;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('public/_headers', () => {
  it('is copied to the build and sends one policy with the basic security headers on every page', () => {
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'public/_headers'), 'utf8'),
    );
    for (const path of ['/', '/releases/x/', '/search/']) {
      expect(csp(path), path).toHaveLength(1);
      const names = headersFor(rules, path).map(([n]) => n);
      expect(names).toEqual(expect.arrayContaining(['X-Content-Type-Options', 'Referrer-Policy']));
    }
    expect(csp('/')[0]).toContain("frame-ancestors 'none'");
    expect(csp('/')[0]).not.toContain("'unsafe-inline' 'wasm");
    expect(csp('/')[0]).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  it('allows every inline script the build contains by its hash', () => {
    for (const page of htmlPages(dist)) {
      for (const script of readPage(dist, page).querySelectorAll('script')) {
        if (script.getAttribute('src') || script.getAttribute('type') === 'application/ld+json')
          continue;
        const hash = `'sha256-${createHash('sha256').update(script.rawText).digest('base64')}'`;
        expect(csp(page)[0], `${page}: add ${hash} to script-src in public/_headers`).toContain(
          hash,
        );
      }
    }
  });

  it('lets Pagefind search (WebAssembly) run on /search/ without a policy violation', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const response = await page.goto(`${origin}/search/?q=${encodeURIComponent('بيان')}`);
    expect(response!.headers()['content-security-policy']).toBe(csp('/search/')[0]);
    await expect
      .poll(() => page.locator('.search-result').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('blocks an injected inline script on a release page', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${origin}/releases/older/`);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.body.append(s);
    });
    expect(
      await page.evaluate(() => (window as unknown as { injected?: boolean }).injected),
    ).toBeUndefined();
    expect(violations.length).toBeGreaterThan(0);
    await page.close();
  });
});
