import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { indexSite } from '../search/build/index-site.ts';

/** The Astro integration: runs {@link indexSite} at the end of every `astro build`. */
export default function pagefindIntegration(): AstroIntegration {
  /** Astro's `cacheDir`, where unchanged parts are kept between builds (src/search/build/cache.ts). */
  let cacheDir: string | undefined;
  return {
    name: 'archive-pagefind',
    hooks: {
      'astro:config:done': ({ config: astroConfig }) => {
        cacheDir = fileURLToPath(astroConfig.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await indexSite(fileURLToPath(dir), cacheDir, logger);
      },
    },
  };
}
