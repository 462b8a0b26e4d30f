// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { readdirSync } from 'node:fs';
import { sitemapLastmod } from './src/archive/sitemap.ts';
import { BODY_FEATURES, bodyHastPlugins } from './src/release/body-pipeline.ts';
import { MAX_IMAGE_PIXELS } from './src/release/limits.ts';
import { cacheDirectory, outDirectory } from './src/config/dirs.ts';
import checks, { inSitemap, withAlternates } from './src/integrations/checks.ts';
import output from './src/integrations/output.ts';
import pagefind from './src/integrations/pagefind.ts';
import redirects from './src/integrations/redirects.ts';
import { archiveEnv } from './src/config/env.ts';
import { config } from './src/config/settings.ts';

const lastmod = sitemapLastmod(new URL(config.base, config.site).href, outDirectory());

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
  // Markdown and MDX bodies: sanitised against the release allow-list, then code highlighted and
  // Latin runs inside Arabic isolated with <bdi> (src/release/body-pipeline.ts).
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ hastPlugins: await bodyHastPlugins(), features: BODY_FEATURES }),
  },
  // Images: Astro's sharp service, refusing to ship an original it cannot convert
  // (src/release/image-service.ts), with the archive's pixel limit.
  image: {
    service: {
      entrypoint: './src/release/image-service.ts',
      config: { limitInputPixels: MAX_IMAGE_PIXELS },
    },
  },
  vite: {
    build: {
      // Font files stay files (Vite would inline those under 4 kB into the stylesheet as base64,
      // which every page would then download whether it uses that face or not).
      assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
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
    // Without the not-found page and withdrawn releases (noindex pages); lastmod of a release
    // page: its `updated` date, else its `date` (src/archive/sitemap.ts); hreflang for translations.
    sitemap({
      filter: inSitemap,
      serialize: (item) => withAlternates(lastmod(item)),
    }),
    // Old addresses (aliases:) → redirect pages and _redirects, after the pages are written.
    redirects(),
    // ARCHIVE_SEARCH_INDEX=off: no search index; =after: the index step is left to npm run build,
    // which runs it after Astro exits (scripts/build.ts).
    ...(archiveEnv.searchIndex
      ? [pagefind({ indexLater: archiveEnv.searchIndexLater, feed: !archiveEnv.plainSearch })]
      : []),
  ],
});
