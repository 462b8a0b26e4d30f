// Draws the site's default share image, public/og-default.png (1200 × 630, the OpenGraph size),
// with the archive title from archive.config.mjs in the self-hosted Noto Naskh Arabic.
// Chromium (Debian's, as in the tests) shapes the Arabic text; sharp encodes the PNG.
// Usage (re-run after changing the title): node_modules/.bin/node scripts/make-og-default.mjs
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import config from '../archive.config.mjs';

const font = (weight) =>
  readFileSync(
    new URL(
      `../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-${weight}-normal.woff2`,
      import.meta.url,
    ),
  ).toString('base64');
const esc = (s) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
const html = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>
@font-face { font-family: Naskh; font-weight: 400; src: url(data:font/woff2;base64,${font(400)}) format('woff2'); }
@font-face { font-family: Naskh; font-weight: 700; src: url(data:font/woff2;base64,${font(700)}) format('woff2'); }
html, body { margin: 0; inline-size: 1200px; block-size: 630px; }
body { background: #0b2540; color: #fff; font-family: Naskh; display: flex; flex-direction: column; justify-content: center; padding-inline: 96px; box-sizing: border-box; }
.mark { inline-size: 96px; block-size: 96px; border-radius: 18px; background: #0b5cab; display: grid; gap: 14px; padding: 24px; box-sizing: border-box; margin-block-end: 40px; }
.mark i { display: block; block-size: 10px; background: #fff; } .mark i:last-child { inline-size: 60%; }
h1 { font-size: 76px; line-height: 1.35; margin: 0; font-weight: 700; }
p { font-size: 34px; line-height: 1.6; margin: 24px 0 0; color: #c9d6e3; max-inline-size: 900px; }
.bar { position: absolute; inset-block-end: 0; inset-inline: 0; block-size: 14px; background: #c9a227; }
</style></head><body><div class="mark"><i></i><i></i><i></i></div><h1>${esc(config.title)}</h1><p>${esc(config.publisher)}</p><div class="bar"></div></body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.evaluate(() => document.fonts.ready);
const shot = await page.screenshot({ type: 'png' });
await browser.close();
await sharp(shot)
  .png({ palette: true, quality: 90, compressionLevel: 9 })
  .toFile(new URL('../public/og-default.png', import.meta.url).pathname);
console.log('wrote public/og-default.png');
