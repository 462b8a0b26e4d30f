import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { cardText } from '../../src/share/card-layout.ts';
import { registerFonts, textBlock, type Block } from '../../src/share/card-text.ts';

/**
 * The share cards' Arabic is shaped and ordered as a browser does it. The same headline is set in
 * the same font and size by the card renderer (Pango/HarfBuzz/FriBidi through sharp) and by
 * Chromium; the two images' ink, column by column, must match closely, and must not match the
 * mirrored order (what an engine without bidirectional ordering would draw). Joining is checked
 * on its own: a word whose letters join is narrower than the same letters kept apart (ZWNJ).
 */
const cache = mkdtempSync(join(tmpdir(), 'cards-'));
const FONTS = join(cache, 'share-cards', 'fonts');
const PX = 48;
let browser: Browser;

beforeAll(async () => {
  await registerFonts(cache);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Ink per column (alpha, 0–1), trimmed to the ink and resampled to `bins` columns. */
function profile(
  alpha: (x: number, y: number) => number,
  width: number,
  height: number,
  bins = 240,
) {
  const columns = Array.from({ length: width }, (_, x) => {
    let sum = 0;
    for (let y = 0; y < height; y++) sum += alpha(x, y);
    return sum;
  });
  const first = columns.findIndex((v) => v > 0.5);
  const last = columns.length - 1 - [...columns].reverse().findIndex((v) => v > 0.5);
  const ink = columns.slice(first, last + 1);
  return Array.from({ length: bins }, (_, i) => ink[Math.floor((i * ink.length) / bins)]!);
}

function correlation(a: number[], b: number[]): number {
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const [ma, mb] = [mean(a), mean(b)];
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < a.length; i++) {
    num += (a[i]! - ma) * (b[i]! - mb);
    da += (a[i]! - ma) ** 2;
    db += (b[i]! - mb) ** 2;
  }
  return num / Math.sqrt(da * db);
}

const blockProfile = (block: Block) =>
  profile((x, y) => block.data[(y * block.width + x) * 4 + 3]! / 255, block.width, block.height);

/** The same text as Chromium draws it, right to left, Latin runs isolated like the pages do. */
async function chromiumProfile(html: string): Promise<number[]> {
  const page = await browser.newPage({ viewport: { width: 3000, height: 400 } });
  const font = (file: string) =>
    `url(data:font/ttf;base64,${readFileSync(join(FONTS, file)).toString('base64')})`;
  await page.setContent(`<!doctype html><html dir="rtl"><style>
    @font-face { font-family: Card; font-weight: 700; src: ${font('noto-sans-arabic-arabic-700-normal.ttf')}; }
    @font-face { font-family: Card; font-weight: 700; src: ${font('noto-sans-arabic-latin-700-normal.ttf')}; unicode-range: U+0000-00FF, U+2000-206F; }
    body { margin: 0; background: #fff; }
    p { display: inline-block; margin: 0; padding: 8px; font: 700 ${PX}px/1.6 Card; color: #000; white-space: nowrap; }
  </style><p>${html}</p>`);
  await page.evaluate(() => document.fonts.ready);
  const png = await page.locator('p').screenshot();
  await page.close();
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  return profile((x, y) => 1 - data[y * info.width + x]! / 255, info.width, info.height);
}

describe('share card text', () => {
  it('is ordered right to left with Latin runs in their own order, as in the browser', async () => {
    const title = 'اجتماع تنسيقي مع منظمة INTERPOL حول «الجريمة الإلكترونية» في G20';
    const pango = blockProfile(
      await textBlock(cardText(title), { px: PX, bold: true, width: 4000, color: '#000000' }),
    );
    const chromium = await chromiumProfile(
      'اجتماع تنسيقي مع منظمة <bdi>INTERPOL</bdi> حول «الجريمة الإلكترونية» في <bdi>G20</bdi>',
    );
    console.log(
      `card text vs Chromium: r = ${correlation(pango, chromium).toFixed(3)}, mirrored r = ${correlation([...pango].reverse(), chromium).toFixed(3)}`,
    );
    expect(correlation(pango, chromium)).toBeGreaterThan(0.9);
    // Mirrored, the same ink would not match: the test tells the two orders apart.
    expect(correlation([...pango].reverse(), chromium)).toBeLessThan(0.5);
  });

  it('joins Arabic letters (a word is narrower than its letters kept apart)', async () => {
    const block = (text: string) =>
      textBlock(text, { px: PX, bold: true, width: 4000, color: '#000000' });
    const joined = await block('المستشفى');
    const apart = await block([...'المستشفى'].join('\u200c'));
    expect(joined.width).toBeLessThan(apart.width * 0.9);
  });
});
