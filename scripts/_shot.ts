import { launchBrowser } from '../tests/helpers/browser.ts';
import { serve } from '../tests/helpers/serve.ts';
const dist = process.argv[2]!;
const out = process.argv[3]!;
const pages = (
  process.argv[4] ??
  'home=/,release=/releases/' + encodeURIComponent('مباحثات-التعاون-الأمني-بالرباط') + '/'
)
  .split(',')
  .map((p) => p.split('='));
const server = await serve(dist);
const browser = await launchBrowser();
for (const scheme of (process.argv[5] ?? 'light').split(','))
  for (const [name, path] of pages)
    for (const width of [1280, 390]) {
      const ctx = await browser.newContext({
        viewport: { width, height: 900 },
        colorScheme: scheme as 'light',
      });
      const page = await ctx.newPage();
      await page.goto(server.origin + path, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `${out}/${name}-${width}-${scheme}.png`, fullPage: true });
      await ctx.close();
    }
await browser.close();
await server.close();
