// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import { config } from './src/lib/config.ts';

export default defineConfig({
  site: config.site,
  base: config.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env['ARCHIVE_OUT_DIR'] ?? './dist',
  cacheDir: process.env['ARCHIVE_CACHE_DIR'] ?? './node_modules/.astro',
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), pagefind()],
});
