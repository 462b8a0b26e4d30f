import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { serve } from '../helpers/serve.ts';
import { buildReader, buildReaderPress, buildShipped } from './builds.ts';

/**
 * In headless Debian Chromium: axe-core on the main page types in light and dark mode, the print
 * stylesheet, and a walk through the archive served under the base path `/press/`.
 */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const enc = (s: string) => encodeURIComponent(s);
const PAGES: Record<string, string> = {
  home: '/',
  release: '/releases/rotated-lead/',
  tag: `/tags/${enc('صور')}/`,
  country: '/countries/tn/',
  search: '/search/?q=' + enc('بيان'),
  404: '/no-such-page/',
};

let browser: Browser;
let root: Awaited<ReturnType<typeof serve>>;
let press: Awaited<ReturnType<typeof serve>>;
let shipped: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  root = await serve((await buildReader()).dist);
  press = await serve((await buildReaderPress()).dist, '/press/');
  shipped = await serve((await buildShipped()).dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await root?.close();
  await press?.close();
  await shipped?.close();
});

/** Runs axe-core (WCAG 2.1 A/AA + best practices) on the open page; returns `rule: targets` strings. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() =>
    (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    }),
  );
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** True when the self-hosted Noto Naskh Arabic face was fetched and is in use. */
const naskhLoaded = () =>
  [...document.fonts].some(
    (f) => f.family.replace(/["']/g, '') === 'Noto Naskh Arabic' && f.status === 'loaded',
  );

describe.each(['light', 'dark'] as const)('accessibility in %s mode (axe-core)', (colorScheme) => {
  it.each(Object.keys(PAGES))('has no violations on the %s page', async (name) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${root.origin}${PAGES[name]}`);
    if (name === '404') expect(await page.locator('h1').innerText()).toBe('الصفحة غير موجودة');
    if (name === 'search')
      await expect
        .poll(() => page.locator('.search-result').count(), { timeout: 15_000 })
        .toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('accessibility of the seed release (real text, sample notice, illustration)', () => {
  it.each(['light', 'dark'] as const)('has no violations in %s mode', async (colorScheme) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${shipped.origin}/releases/${enc('مباحثات-التعاون-الأمني-بالرباط')}/`);
    expect(await page.locator('h1').innerText()).toContain('حموشي');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('print', () => {
  it('prints a release without navigation, black on white even in dark mode, with its date and permalink', async () => {
    const page = await browser.newPage({ colorScheme: 'dark' });
    await page.goto(`${root.origin}/releases/rotated-lead/`);
    await page.emulateMedia({ media: 'print' });
    const style = (selector: string, prop: 'color' | 'backgroundColor') =>
      page
        .locator(selector)
        .first()
        .evaluate((el, p) => getComputedStyle(el)[p], prop);
    expect(await style('article h1', 'color')).toBe('rgb(0, 0, 0)');
    expect(await style('html', 'backgroundColor')).toBe('rgb(255, 255, 255)');
    const lead = await page.locator('article figure img').boundingBox();
    expect(lead!.height).toBeLessThanOrEqual((9 * 96) / 2.54 + 1); // at most 9 cm high
    const visible = async (selector: string) => page.locator(selector).first().isVisible();
    expect(await visible('.site-header')).toBe(false);
    expect(await visible('.site-footer')).toBe(false);
    expect(await visible('.prev-next')).toBe(false);
    expect(await visible('article h1')).toBe(true);
    expect(await visible('article .kicker time')).toBe(true);
    expect(await page.locator('article .kicker').innerText()).toContain('2025');
    // The side column (facts, share links, related releases) is not printed.
    expect(await visible('.release-aside')).toBe(false);
    const permalink = page.locator('.permalink');
    expect(await permalink.isVisible()).toBe(true);
    expect(await permalink.innerText()).toContain(
      'https://news.example.test/releases/rotated-lead/',
    );
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});

describe('typography', () => {
  it('sets release text in Noto Naskh Arabic with a comfortable line length and height', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${root.origin}/releases/rotated-lead/`);
    await page.evaluate(() => document.fonts.ready);
    const p = page.locator('.release-body p').first();
    const m = await p.evaluate((el) => {
      const s = getComputedStyle(el);
      return {
        family: s.fontFamily,
        size: parseFloat(s.fontSize),
        lineHeight: parseFloat(s.lineHeight),
        width: el.getBoundingClientRect().width,
      };
    });
    expect(m.family.split(',')[0]!.replace(/["']/g, '').trim()).toBe('Noto Naskh Arabic');
    expect(await page.evaluate(naskhLoaded)).toBe(true);
    expect(m.lineHeight / m.size).toBeGreaterThanOrEqual(1.6);
    expect(m.width / m.size).toBeLessThanOrEqual(40); // about 70–80 Arabic characters a line at most
    await page.close();
  });
});

describe('under the base path /press/', () => {
  it('walks from the home page to a release with an Arabic URL, loading every asset', async () => {
    const page = await browser.newPage();
    const failures: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${press.origin}/press/`);
    await page.getByRole('link', { name: 'بيان برابط عربي صدر بعد منتصف الليل' }).first().click();
    await page.waitForURL(`**/press/releases/${enc('بيان-عربي')}/`);
    expect(await page.locator('h1').innerText()).toBe('بيان برابط عربي صدر بعد منتصف الليل');
    await page.getByRole('link', { name: /البلاغ الأقدم/ }).click();
    await page.waitForURL('**/press/releases/rotated-lead/');
    const lead = page.locator('article figure img');
    await expect
      .poll(() => lead.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);
    expect(await lead.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/press\/_astro\/rotated\.[^/]+\.avif$/,
    );
    // The stylesheet and self-hosted font loaded: the body is set in Noto Naskh Arabic.
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(naskhLoaded)).toBe(true);
    await page.getByRole('link', { name: 'تونس' }).first().click();
    await page.waitForURL('**/press/countries/tn/');
    expect(failures).toEqual([]);
    await page.close();
  });
});
