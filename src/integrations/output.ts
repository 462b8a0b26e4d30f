import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import {
  builtPages,
  clearOutput,
  forgetPageList,
  readPageList,
  removeStalePages,
  writePageList,
} from '../output/kept-pages.ts';

/**
 * Keeps the unchanged pages of the last build in `dist/` for an incremental build, instead of
 * Astro emptying the folder and copying them back from its cache, and deletes the pages this
 * build no longer produces (src/output/kept-pages.ts). Wiring only; off when incremental builds
 * are off (`ARCHIVE_INCREMENTAL=off`: Astro empties `dist/` as usual).
 */
export default function outputIntegration(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let previous: string[] = [];
  return {
    name: 'archive-output',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        previous = readPageList(cacheDir) ?? [];
        forgetPageList(cacheDir);
        const deleted = clearOutput(outDir, new Set(previous));
        logger.info(
          `kept ${previous.length} pages of the last build in ${outDir}, deleted ${deleted} other files`,
        );
      },
      'astro:build:done': ({ assets, logger }) => {
        const pages = builtPages(outDir, assets);
        const stale = removeStalePages(outDir, previous, new Set(pages));
        if (stale.length) logger.info(`deleted ${stale.length} pages this build no longer has`);
        writePageList(cacheDir, pages);
      },
    },
  };
}
