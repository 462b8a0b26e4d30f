import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, searchSettled } from '../helpers/browser.ts';
import { TMP } from '../helpers/paths.ts';
import { serve } from '../helpers/serve.ts';
import { buildReader, buildShipped } from '../quality/builds.ts';
import { config } from '../../src/config/settings.ts';
import { SHIPPED_PAGES } from './page-types.ts';

/**
 * What a reader sees, page type by page type, on a phone (390 px) and a desktop (1280 px), in light
 * and dark mode. Every combination is screenshotted into SHOTS (printed when the tests start) for a
 * person to look at, and checked for what a reader would notice: nothing scrolls sideways, the
 * office's identity heads and closes the page, tap targets are at least 44 px high on a phone,
 * headlines are text (underlined only on hover), dates never break inside, the desktop layout uses
 * the width, and a Latin query never runs under the search field's clear button.
 */
const SHIPPED = SHIPPED_PAGES;
/** The reader fixture (2 releases a page) for a listing with pagination. */
const READER: Record<string, string> = { 'home-page-2': '/page/2/' };
const SHOTS = join(TMP, 'screenshots');
const WIDTHS = [390, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;

/** Interactive elements a phone user taps (inline links inside running text are exempt, WCAG 2.5.8). */
const TAPPABLE = [
  '.identity',
  '.site-search input',
  '.site-search button',
  '.site-nav a',
  '.breadcrumbs a',
  '.card-title a',
  '.chips a',
  '.pagination a',
  '.pagination span',
  '.facet-list a',
  '.link-list a',
  '.share-links a',
  '.prev-next a',
  '.footer-links a',
  '.contact a',
  '.search-field input',
  '.search-box .button',
  '.search-filters select',
].join(', ');

let browser: Browser;
let shipped: Awaited<ReturnType<typeof serve>>;
let reader: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  shipped = await serve((await buildShipped()).dist);
  reader = await serve((await buildReader()).dist);
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
  console.log(`screenshots: ${SHOTS}`);
});

afterAll(async () => {
  await browser?.close();
  await shipped?.close();
  await reader?.close();
});

async function open(
  origin: string,
  path: string,
  width: number,
  colorScheme: 'light' | 'dark',
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
  const page = await context.newPage();
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  if (path.startsWith('/search/?')) await searchSettled(page);
  else if (path.startsWith('/search/')) await page.locator('#search').waitFor();
  await page.evaluate(() => document.fonts.ready);
  return page;
}

const cases = [
  ...Object.entries(SHIPPED).map(([name, path]) => ({ name, path, build: 'shipped' as const })),
  ...Object.entries(READER).map(([name, path]) => ({ name, path, build: 'reader' as const })),
].flatMap((c) => WIDTHS.flatMap((width) => SCHEMES.map((scheme) => ({ ...c, width, scheme }))));

describe('every page type, on a phone and a desktop, light and dark', () => {
  it.each(cases)('$name at $width px ($scheme)', async ({ name, path, build, width, scheme }) => {
    const page = await open(
      build === 'shipped' ? shipped.origin : reader.origin,
      path,
      width,
      scheme,
    );
    await page.screenshot({ path: join(SHOTS, `${name}-${width}-${scheme}.png`), fullPage: true });

    // Nothing scrolls sideways.
    const wide = await page.evaluate(
      (w) =>
        [...document.querySelectorAll('body *')]
          .filter(
            (el) =>
              el.getBoundingClientRect().right > w + 0.5 || el.getBoundingClientRect().left < -0.5,
          )
          .slice(0, 5)
          .map((el) => `${el.tagName}.${el.className}`),
      width,
    );
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      wide.join(', '),
    ).toBeLessThanOrEqual(width);
    // The office's identity: its emblem (loaded), its name in the header, its press contact below.
    const emblem = page.locator('.identity .emblem');
    expect(await emblem.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(await page.locator('.masthead .identity-name').innerText()).toBe(config.publisher);
    if (config.identity.contact.email)
      expect(
        await page
          .locator(`.site-footer a[href="mailto:${config.identity.contact.email}"]`)
          .count(),
      ).toBe(1);
    // Light or dark, as the reader's system asks.
    const background = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    if (scheme === 'dark') expect(r! + g! + b!).toBeLessThan(120);
    else expect(r! + g! + b!).toBeGreaterThan(700);

    // Dates and Hijri dates stay on one line («هـ)» never alone).
    const broken = await page.locator('.date, .hijri').evaluateAll((els) =>
      els
        // One rectangle per bidi run, all on one line unless the date wrapped.
        .filter((el) => new Set([...el.getClientRects()].map((r) => Math.round(r.bottom))).size > 1)
        .map((el) => el.textContent),
    );
    expect(broken).toEqual([]);

    // Headlines are text: not underlined at rest, underlined below the descenders on hover.
    const headline = page.locator('.card-title a').first();
    if ((await headline.count()) > 0) {
      expect(await headline.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('none');
      await headline.hover();
      const hovered = await headline.evaluate((a) => {
        const s = getComputedStyle(a);
        return { line: s.textDecorationLine, offset: parseFloat(s.textUnderlineOffset) };
      });
      expect(hovered.line).toBe('underline');
      expect(hovered.offset).toBeGreaterThanOrEqual(6);
    }

    if (width === 390) {
      // Tap targets of at least 44 CSS px.
      const small = await page.locator(TAPPABLE).evaluateAll((els) =>
        els
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ el, box }) => box.width > 0 && getComputedStyle(el).visibility !== 'hidden')
          .filter(({ box }) => box.height < 43.5)
          .map(
            ({ el, box }) =>
              `${el.className || el.tagName} «${el.textContent?.trim()}» ${box.height}px`,
          ),
      );
      expect(small).toEqual([]);
    } else {
      // The desktop layout uses the width: listings fill it; a release has its side column beside it.
      const list = page.locator('main > .release-list');
      if ((await list.count()) > 0)
        expect((await list.first().boundingBox())!.width).toBeGreaterThan(1100);
      if (name.startsWith('release')) {
        const [article, aside] = await Promise.all([
          page.locator('article.release').boundingBox(),
          page.locator('.release-aside').boundingBox(),
        ]);
        expect(aside!.y).toBeLessThan(article!.y + 100);
        expect(aside!.x + aside!.width).toBeLessThanOrEqual(article!.x);
        expect(article!.width + aside!.width).toBeGreaterThan(1000);
      }
    }
    await page.context().close();
  });
});

describe('the search field', () => {
  it.each(WIDTHS)('keeps a Latin query clear of the clear button at %i px', async (width) => {
    const page = await open(shipped.origin, '/search/', width, 'light');
    const input = page.locator('#search-q');
    await input.fill('INTERPOL Europol cooperation G20 COVID-19 Kuala Lumpur Libreville');
    const clear = page.locator('.search-clear');
    await expect.poll(() => clear.isVisible()).toBe(true);
    const overlap = await page.evaluate(() => {
      const field = document.getElementById('search-q')!;
      const s = getComputedStyle(field);
      const box = field.getBoundingClientRect();
      // Where the query's text can be: the field less its padding.
      const left = box.left + parseFloat(s.paddingLeft) + parseFloat(s.borderLeftWidth);
      const right = box.right - parseFloat(s.paddingRight) - parseFloat(s.borderRightWidth);
      const button = document.querySelector('.search-clear')!.getBoundingClientRect();
      return {
        direction: s.direction,
        overlap: Math.min(right, button.right) - Math.max(left, button.left),
      };
    });
    expect(overlap.direction).toBe('ltr');
    expect(overlap.overlap).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, `search-latin-query-${width}.png`) });
    await page.context().close();
  });
});
