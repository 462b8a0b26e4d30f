// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { readdirSync } from 'node:fs';
import { bidiIsolation } from './src/arabic/bidi-plugin.ts';
import { cacheDirectory, outDirectory } from './src/config/dirs.ts';
import checks from './src/integrations/checks.ts';
import output from './src/integrations/output.ts';
import pagefind from './src/integrations/pagefind.ts';
import { archiveEnv } from './src/config/env.ts';
import { config } from './src/config/settings.ts';

/** Number of release files (`.md`/`.mdx`) under `dir`, 0 when it does not exist. */
function countReleaseFiles(/** @type {string} */ dir) {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f))
      .length;
  } catch {
    return 0;
  }
}

export default defineConfig({
  site: config.site,
  base: config.base,
  trailingSlash: 'always',
  // Two routes producing the same URL (or two entries with one id) stop the build instead of one
  // page being dropped with a warning.
  prerenderConflictBehavior: 'error',
  build: { format: 'directory' },
  outDir: outDirectory(),
  cacheDir: cacheDirectory(),
  // Markdown and MDX bodies: Latin runs inside Arabic text are isolated with <bdi> (src/arabic/bidi-plugin.ts).
  markdown: { processor: satteri({ hastPlugins: [bidiIsolation] }) },
  vite: {
    build: {
      rolldownOptions: {
        // Astro's own MDX modules carry a "use astro:head-inject" directive that the bundler warns about
        // once per release; the warning is about Astro internals and says nothing a publisher can act on.
        onLog(level, log, handler) {
          if (
            log.code === 'MODULE_LEVEL_DIRECTIVE' &&
            String(log.message).includes('astro:head-inject')
          )
            return;
          handler(level, log);
        },
      },
    },
  },
  // Content data store: one JSON file, or chunks where one file would exceed V8's maximum string
  // length (2^29 - 24 UTF-16 units). The store keeps no bodies (src/release/loader.ts): 1.1 kB per
  // release measured (2.24 MB for 2,000), so one file holds ~480,000 releases; Astro 7.3's chunked
  // writer encodes text one character at a time (minutes at 100,000 releases, BENCHMARKS.md), so
  // it is used only above 200,000 release files, with room for larger frontmatter.
  experimental: {
    collectionStorage: countReleaseFiles(config.releasesDir) > 200_000 ? 'chunked' : 'single-file',
    // Pages whose cacheKey (src/archive/page-keys.ts) and code are unchanged are copied from the
    // previous build instead of rendered: adding one release re-renders only the pages that show it.
    incrementalBuild: archiveEnv.incremental,
  },
  integrations: [
    // Incremental builds keep unchanged pages in dist/ and delete stale ones (src/integrations/output.ts).
    ...(archiveEnv.incremental ? [output()] : []),
    checks(),
    mdx(),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    // ARCHIVE_SEARCH_INDEX=off: no search index; =after: the index step is left to npm run build,
    // which runs it after Astro exits (scripts/build.ts).
    ...(archiveEnv.searchIndex
      ? [pagefind({ indexLater: archiveEnv.searchIndexLater, feed: !archiveEnv.plainSearch })]
      : []),
  ],
});
