/**
 * The newsroom's workflows in headless Chromium, on the workflows fixture: each language searches
 * its own index (a French word is found in the French version only), and the translated, the
 * withdrawn and the corrected pages have no accessibility violation, light and dark.
 */
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { launchBrowser, searchSettled } from '../helpers/browser.ts';
import { serve } from '../helpers/serve.ts';
import { buildWorkflows } from '../quality/builds.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  server = await serve((await buildWorkflows()).dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a search page with a query and returns the result links once it has settled. */
async function search(page: Page, path: string, query: string): Promise<string[]> {
  await page.goto(`${server.origin}${path}?q=${encodeURIComponent(query)}`);
  await searchSettled(page);
  return page
    .locator('.search-result h2 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search per language', () => {
  it('finds a French word (any inflection) in the French version only', async () => {
    const page = await browser.newPage();
    expect(await search(page, '/fr/search/', 'partenariat')).toEqual(['/fr/releases/original/']);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await search(page, '/search/', 'partenariat')).toEqual([]);
    expect(await search(page, '/en/search/', 'partenariat')).toEqual([]);
    expect(await search(page, '/en/search/', 'cooperation')).toEqual(['/en/releases/original/']);
    // the Arabic search still finds the Arabic original, and not the translations
    expect(await search(page, '/search/', 'المباحثات')).toEqual(['/releases/original/']);
    await page.close();
  });

  it('labels the search form and writes its results in the page language', async () => {
    const page = await browser.newPage();
    /** The interface's own words: labels, legend, buttons, accessible names, placeholder, the
     * menus' fixed choices (not the archive's tags and months, which stay as published). */
    const words = () =>
      page.locator('#search').evaluate((root) => {
        const own = (e: Element) =>
          [...e.childNodes]
            .filter((n) => n.nodeType === Node.TEXT_NODE)
            .map((n) => n.textContent!.trim())
            .join('');
        return [
          ...[...root.querySelectorAll('label, legend, button')].map(own),
          ...[...root.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')),
          (root.querySelector('input[type="search"]') as HTMLInputElement).placeholder,
          ...[...root.querySelectorAll('select')].map(
            (s) => (s as HTMLSelectElement).options[0]!.text,
          ),
          ...[...root.querySelectorAll('select[name="sort"] option')].map((o) => o.textContent),
        ].filter((w) => w && /\p{L}/u.test(w)) as string[];
      });
    const arabic = /\p{Script=Arabic}/u;
    const status = () => page.locator('.search-status').innerText();

    expect(await search(page, '/fr/search/', 'partenariat')).toHaveLength(1);
    const fr = await words();
    expect(fr).toEqual(expect.arrayContaining(['Mots recherchés', 'Rechercher', 'Pays', 'Thème']));
    expect(fr).toEqual(expect.arrayContaining(['Tous les pays', 'Pertinence', 'Filtres actifs']));
    expect(fr.filter((w) => arabic.test(w))).toEqual([]);
    expect(await status()).toBe('1 résultat pour «\u00a0partenariat\u00a0»');
    // what the script writes: an active filter the archive does not have, and the hint
    await page.goto(`${server.origin}/fr/search/?q=partenariat&tag=inconnu`);
    await searchSettled(page);
    expect(await page.locator('.search-active button').textContent()).toBe(
      'Retirer le filtre Thème\u202f: inconnu (absent des archives) ×',
    );
    expect(await page.locator('.search-hint').innerText()).toMatch(/absent des archives.*Retirer/s);

    expect(await search(page, '/en/search/', 'cooperation')).toHaveLength(1);
    const en = await words();
    expect(en).toEqual(expect.arrayContaining(['Search words', 'Search', 'Country', 'Topic']));
    expect(en.filter((w) => arabic.test(w))).toEqual([]);
    expect(await status()).toBe('1 result for “cooperation”');

    // the Arabic page as before
    expect(await search(page, '/search/', 'المباحثات')).toHaveLength(1);
    const ar = await words();
    expect(ar).toEqual(expect.arrayContaining(['كلمات البحث', 'بحث', 'الدولة', 'الوسم']));
    expect(ar.filter((w) => !arabic.test(w))).toEqual([]);
    expect(await status()).toBe('نتيجة واحدة لـ «المباحثات»');
    await page.close();
  });

  it('leaves the withdrawn release out of search', async () => {
    const page = await browser.newPage();
    expect(await search(page, '/search/', 'القرنفل')).toEqual([]);
    await page.close();
  });
});

/**
 * Which way the one glyph drawn in a screenshot points: `‹` has its apex (the middle row of ink) to
 * the left of its two arm ends, `›` to the right. Ink is what differs from the corner pixel.
 */
async function glyphPointing(png: Buffer): Promise<'left' | 'right'> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const rows: number[] = [];
  for (let y = 0; y < info.height; y++) {
    const ink: number[] = [];
    for (let x = 0; x < info.width; x++)
      if (Math.abs(data[y * info.width + x]! - data[0]!) > 64) ink.push(x);
    if (ink.length) rows.push(ink.reduce((a, b) => a + b, 0) / ink.length);
  }
  const apex = rows[Math.floor(rows.length / 2)]!;
  return apex < (rows[0]! + rows.at(-1)!) / 2 ? 'left' : 'right';
}

describe('breadcrumbs', () => {
  it.each([
    ['/releases/original/', 'rtl', 'left'],
    ['/fr/releases/original/', 'ltr', 'right'],
    ['/en/releases/original/', 'ltr', 'right'],
  ])('on %s (%s) the separator points %s, from the archive to the page', async (path, dir, way) => {
    const page = await browser.newPage({ deviceScaleFactor: 4 });
    await page.goto(`${server.origin}${path}`);
    expect(await page.locator('html').getAttribute('dir')).toBe(dir);
    const crumbs = page.locator('.breadcrumbs li');
    const [first, last] = [
      (await crumbs.first().boundingBox())!,
      (await crumbs.last().boundingBox())!,
    ];
    expect(dir === 'rtl' ? first.x > last.x : first.x < last.x).toBe(true);
    // Only the separator stays visible: what a reader sees it point to.
    await page.addStyleTag({ content: '.breadcrumbs li > * { visibility: hidden }' });
    expect(await glyphPointing(await crumbs.nth(1).screenshot())).toBe(way);
    await page.close();
  });
});

describe('the header search field', () => {
  it.each([360, 390, 1280])(
    'shows its whole placeholder at %i px in Arabic, French and English',
    async (width) => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      const cut: string[] = [];
      for (const path of [
        '/releases/original/',
        '/fr/releases/original/',
        '/en/releases/original/',
      ]) {
        await page.goto(`${server.origin}${path}`);
        const [text, room] = await page.locator('#site-search-q').evaluate(async (input) => {
          await document.fonts.ready;
          const style = getComputedStyle(input);
          const canvas = document.createElement('canvas').getContext('2d')!;
          canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const el = input as HTMLInputElement;
          const padding = parseFloat(style.paddingInlineStart) + parseFloat(style.paddingInlineEnd);
          return [canvas.measureText(el.placeholder).width, el.clientWidth - padding];
        });
        if (text > room)
          cut.push(`${path}: ${Math.ceil(text)} px of text in ${Math.floor(room)} px`);
      }
      expect(cut).toEqual([]);
      await page.close();
    },
  );
});

describe.each(['light', 'dark'] as const)('accessibility in %s mode (axe-core)', (colorScheme) => {
  it.each(['/fr/releases/original/', '/en/', '/releases/withdrawn/', '/releases/original/'])(
    'has no violations on %s',
    async (path) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${server.origin}${path}`);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
  );
});
