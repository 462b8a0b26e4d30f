/**
 * Opening a search result on the shipped archive: the release page (no script) highlights exactly
 * the words that matched in the release's text, never the breadcrumb or the title, never a word
 * that only shares a start, without the punctuation after a word, and the browser scrolls to the
 * first of them. Chromium draws text-fragment highlights with `::target-text`; the test paints that
 * pseudo-element magenta and reads the pixels of every occurrence of the words on the page.
 */
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, searchSettled } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { serve } from '../helpers/serve.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
const SEED_TITLE = 'حموشي يبحث مع سفراء المملكة المتحدة والغابون وماليزيا تعزيز التعاون الأمني';

beforeAll(async () => {
  const { dist } = await buildSite('site');
  server = await serve(dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** One occurrence of a text on the page, where it is, and whether it is highlighted. */
interface Occurrence {
  text: string;
  /** `breadcrumb`, `title`, `p<n>` (n-th paragraph of the release text, from 1) or `other`. */
  where: string;
  /** Its first box in page coordinates (a text over a line break has one per line). */
  box: { x: number; y: number; width: number; height: number };
  boxes: { x: number; y: number; width: number; height: number }[];
  /** Whether it was inside the viewport when the page opened. */
  visible: boolean;
  highlighted: boolean;
}

/**
 * Finds every occurrence of the texts in the page's main content and header, and reads from a
 * full-page screenshot whether Chromium highlighted it (magenta `::target-text`).
 */
async function occurrences(page: Page, texts: string[]): Promise<Occurrence[]> {
  await page.addStyleTag({
    content: '::target-text { background-color: rgb(255, 0, 255); color: rgb(255, 0, 255); }',
  });
  const found = await page.evaluate((wanted) => {
    const out: Omit<Occurrence, 'highlighted'>[] = [];
    const paragraphs = [...document.querySelectorAll('[data-search-text] p')];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.nodeValue ?? '';
      for (const text of wanted) {
        for (let i = value.indexOf(text); i !== -1; i = value.indexOf(text, i + 1)) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + text.length);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          if (!rects.length) continue;
          const boxes = rects.map((r) => ({
            x: r.x + scrollX,
            y: r.y + scrollY,
            width: r.width,
            height: r.height,
          }));
          const r = rects[0]!;
          const el = node.parentElement!;
          const p = paragraphs.findIndex((para) => para.contains(el));
          const where = el.closest('nav[aria-label]')
            ? 'breadcrumb'
            : el.closest('h1')
              ? 'title'
              : p >= 0
                ? `p${p + 1}`
                : 'other';
          out.push({
            text,
            where,
            box: boxes[0]!,
            boxes,
            visible: r.top >= 0 && r.bottom <= innerHeight,
          });
        }
      }
    }
    return out;
  }, texts);
  const png = await page.screenshot({ fullPage: true });
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return found.map((o) => {
    let magenta = 0;
    let all = 0;
    for (const box of o.boxes) {
      for (let y = Math.ceil(box.y); y < box.y + box.height; y++) {
        for (let x = Math.ceil(box.x); x < box.x + box.width; x++) {
          const i = (y * info.width + x) * info.channels;
          all++;
          if (data[i]! > 200 && data[i + 1]! < 80 && data[i + 2]! > 200) magenta++;
        }
      }
    }
    return { ...o, highlighted: all > 0 && magenta / all > 0.5 };
  });
}

/** Searches, opens the seed release from its result link, and waits for the release page. */
async function openSeedFrom(query: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  await page.goto(`${server.origin}/search/?${new URLSearchParams({ q: query })}`);
  await searchSettled(page);
  await page.getByRole('link', { name: SEED_TITLE }).click();
  await page.waitForURL(/\/releases\//);
  await page.waitForLoadState('load');
  // The browser applies the text fragment after layout: in both cases the first match is below
  // the fold (after the title and the image), so the page has scrolled once it has.
  await expect.poll(() => page.evaluate(() => scrollY), { timeout: 10_000 }).toBeGreaterThan(0);
  await page.waitForTimeout(200);
  return page;
}

const summary = (list: Occurrence[]) =>
  list.map((o) => `${o.text}@${o.where}${o.highlighted ? '*' : ''}`);

describe('a search result opens its release at the matched words', () => {
  it('«شهاب الدين»: marks the name in paragraph 5 and scrolls there, not الدينامية or البلدين', async () => {
    const page = await openSeedFrom('شهاب الدين');
    const found = await occurrences(page, ['شهاب الدين', 'الدينامية', 'البلدين']);
    const marked = found.filter((o) => o.highlighted);
    expect(summary(marked)).toEqual(['شهاب الدين@p5*']);
    expect(marked[0]!.visible).toBe(true); // the browser scrolled to the first match
    expect(found.filter((o) => o.text !== 'شهاب الدين').length).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('«الغابون»: marks the word in the text, never in the breadcrumb or the title, nor its comma', async () => {
    const page = await openSeedFrom('الغابون');
    const found = await occurrences(page, ['الغابون', '،']);
    const words = found.filter((o) => o.text === 'الغابون');
    // The title («…المتحدة والغابون…») appears in the breadcrumb and the h1: never marked.
    expect(words.filter((o) => ['breadcrumb', 'title'].includes(o.where)).length).toBe(2);
    expect(summary(words.filter((o) => o.highlighted))).toEqual(['الغابون@p1*', 'الغابون@p4*']);
    expect(words.find((o) => o.highlighted)!.visible).toBe(true);
    // «الغابون،» in paragraph 4: the comma right after the marked word is not marked.
    const p4 = words.find((o) => o.where === 'p4')!;
    // Right to left: the comma is drawn just left of the word.
    const comma = found.find(
      (o) =>
        o.text === '،' &&
        Math.abs(o.box.y - p4.box.y) < 4 &&
        Math.abs(o.box.x + o.box.width - p4.box.x) < 3,
    );
    expect(comma?.highlighted).toBe(false);
    await page.close();
  });
});
