import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index over the built site at the end of `astro build`
 * (`astro:build:done`), so `npm run build` alone gives a searchable archive.
 * Only `data-pagefind-body` elements (release articles) are indexed.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'archive-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ar' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
