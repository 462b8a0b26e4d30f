import { it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { serve } from '../helpers/serve.ts';
it('load', async () => {
  for (const dist of [process.env['D1']!, process.env['D2']!]) {
    const server = await serve(dist);
    const browser = await launchBrowser();
    const page = await browser.newPage();
    const log: string[] = [];
    page.on('response', async (r) => { try { log.push(`${(await r.body()).length} ${r.url().replace(server.origin, '')}`); } catch {} });
    await page.goto(`${server.origin}/search/`);
    await page.waitForLoadState('networkidle');
    console.log(dist, '\n' + log.join('\n'));
    await browser.close(); await server.close();
  }
}, 120000);
