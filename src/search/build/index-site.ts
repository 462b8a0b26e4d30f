import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { archiveEnv } from '../../config/env.ts';
import { config } from '../../config/settings.ts';
import { assignPages, countByYear, PRIMARY_BUNDLE, searchParts, type PartPage } from './parts.ts';
import { searchRegion } from './document.ts';
import { FILTER, PAGEFIND, PARTS_ATTRIBUTE, SORT } from '../contract.ts';
import { buildSearchPart, copyString } from './part.ts';
import { partKey, pruneParts, restorePart, searchCodeVersion, storePart } from './cache.ts';
import { buildLanguageIndexes } from './languages.ts';

/**
 * Builds the search index at the end of `astro build` (`astro:build:done`), so `npm run build`
 * alone gives a searchable archive. See docs/search.md for the design:
 * 1. the release pages (`<out>/releases/<slug>/index.html`, the pages with a `data-pagefind-body`)
 *    are listed and their year and date sort key read;
 * 2. they are grouped into parts of at most `searchPartSize` pages (src/search/build/parts.ts), and
 *    each part is indexed in its own Pagefind process (src/search/build/part.ts) into its
 *    own bundle (`pagefind/`, `pagefind/part-<year>/`…), which the search page merges in the browser.
 * Work is linear in the number of releases; memory is bounded by the part size.
 */

const BATCH = 32;
const YEAR = new RegExp(`${PAGEFIND.filter}="${FILTER.year}:(\\d+)"`);
const SORT_KEY = new RegExp(`${PAGEFIND.sort}="${SORT.date}:([^"]*)"`);

/** A release page found in the build, with what grouping it into a part needs. */
interface ReleasePage extends PartPage {
  file: string;
  /** SHA-1 of what Pagefind reads of the page (its `data-pagefind-body` element). */
  hash: string;
}

/**
 * Lists the built release pages: `index.html` files under `<outDir>/releases/` that have a
 * `data-pagefind-body`, with their `year` filter and `date` sort key.
 * @throws Error naming the page when a release page has no year filter.
 */
async function releasePages(outDir: string): Promise<ReleasePage[]> {
  const dir = join(outDir, 'releases');
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }).catch(
    () => [],
  )) {
    if (entry.isFile() && entry.name === 'index.html')
      files.push(join(entry.parentPath, entry.name));
  }
  files.sort();
  const pages: ReleasePage[] = [];
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = await Promise.all(
      files.slice(i, i + BATCH).map(async (file): Promise<ReleasePage | undefined> => {
        const html = await readFile(file, 'utf8');
        if (!html.includes(PAGEFIND.body)) return undefined;
        const id = relative(outDir, file).split(sep).join('/');
        const year = YEAR.exec(html)?.[1];
        if (!year)
          throw new Error(
            `search index: ${id} has no data-pagefind-filter="year:…" (ReleaseArticle.astro writes it); the page cannot be placed in a search part.`,
          );
        const hash = createHash('sha1')
          .update(searchRegion(html) ?? html)
          .digest('hex');
        // A regex capture is a slice that keeps the whole page alive (30 kB of UTF-16 per page,
        // 3 GB at 100,000 releases): keep a copy of the sort key instead.
        return {
          file,
          id,
          year: Number(year),
          key: copyString(SORT_KEY.exec(html)?.[1] ?? ''),
          hash,
        };
      }),
    );
    for (const page of batch) if (page) pages.push(page);
  }
  return pages;
}

/**
 * Removes from a merged part's bundle what the browser takes from the primary bundle only
 * (Pagefind's scripts, styles and WebAssembly), keeping `pagefind-entry.json`, the `pf_meta` file
 * and the index, filter and fragment folders.
 */
async function dropSharedFiles(bundleDir: string): Promise<void> {
  for (const name of await readdir(bundleDir)) {
    if (/^pagefind[\w-]*\.(js|css)$/.test(name) || /^wasm\.[\w-]+\.pagefind$/.test(name))
      await rm(join(bundleDir, name));
  }
}

/**
 * Checks that the search page merges exactly the bundles that were built (it computes them from
 * the archive with the same {@link searchParts}); a mismatch would make searches miss releases.
 * @throws Error naming both lists when they differ.
 */
async function checkSearchPage(outDir: string, bundles: string[]): Promise<void> {
  const html = await readFile(join(outDir, 'search', 'index.html'), 'utf8').catch(() => undefined);
  if (html === undefined) return;
  const listed = (new RegExp(`${PARTS_ATTRIBUTE}="([^"]*)"`).exec(html)?.[1] ?? '')
    .split(' ')
    .filter(Boolean);
  const relativeListed = listed.map((url) => url.slice(url.indexOf('pagefind/')));
  if (JSON.stringify(relativeListed) !== JSON.stringify(bundles)) {
    throw new Error(
      `search index: the search page lists the parts ${JSON.stringify(relativeListed)} but the build wrote ${JSON.stringify(bundles)}; every release page must count in getArchive().releases.`,
    );
  }
}

/**
 * Runs a full garbage collection when Node was started with `--expose-gc` (`.npmrc` does): the
 * pages are written, and what the page generation left on the heap should not add to the memory
 * of the Pagefind process that starts next.
 */
function releaseMemory(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Indexes a built site into one Pagefind bundle per search part.
 * @param outDir - the built site folder (absolute).
 * @param maxPages - most pages in one part (`searchPartSize`, default from archive.config.mjs).
 * @param cacheDir - where unchanged parts are kept between builds (absolute); none: no reuse.
 * @param sourceRoot - the source folder whose indexing code keys the cache (`searchCodeVersion`; default `src/`).
 * @returns pages indexed, the parts' bundle folders (relative to `outDir`, newest part first) and
 *   words that could not be restored to their original spelling.
 * @throws Error naming the page when Pagefind rejects a page or a bundle cannot be written.
 */
export async function buildSearchIndex(
  outDir: string,
  maxPages = config.searchPartSize,
  cacheDir?: string,
  sourceRoot?: string,
): Promise<{ pages: number; parts: string[]; reused: number; unmatched: number }> {
  const found = await releasePages(outDir);
  // The search step owns pagefind/: files left by an earlier index (indexing the same dist/ twice)
  // would otherwise stay next to the new ones, and their fragments would be restored a second time.
  await rm(join(outDir, PRIMARY_BUNDLE), { recursive: true, force: true });
  const parts = searchParts(countByYear(found.map((p) => p.year)), maxPages);
  const placed = assignPages(found, parts);
  const version = cacheDir === undefined ? undefined : searchCodeVersion(sourceRoot);
  // Sub-folders of the primary bundle that are other parts (not cached with part 0).
  const nested = new Set(
    parts
      .slice(1)
      .map((p) => p.bundle.slice(parts[0]!.bundle.length).replace(/\/$/, '').split('/')[0]!),
  );
  const used = new Set<string>();
  let pages = 0;
  let reused = 0;
  let unmatched = 0;
  for (const part of parts) {
    releaseMemory();
    const bundleDir = join(outDir, part.bundle);
    const partPages = placed[part.index]!;
    const key = version === undefined ? undefined : partKey(version, part.bundle, partPages);
    if (key !== undefined) used.add(key);
    if (key !== undefined && cacheDir !== undefined && restorePart(cacheDir, key, bundleDir)) {
      pages += partPages.length;
      reused++;
      continue;
    }
    const result = await buildSearchPart(
      outDir,
      bundleDir,
      partPages.map((p) => p.file),
    );
    pages += result.pages;
    unmatched += result.unmatched;
    if (part.index > 0) await dropSharedFiles(bundleDir);
    if (key !== undefined && cacheDir !== undefined)
      storePart(cacheDir, key, bundleDir, part.index === 0 ? nested : new Set());
  }
  if (cacheDir !== undefined && version !== undefined) pruneParts(cacheDir, used);
  const bundles = parts.map((p) => p.bundle);
  await checkSearchPage(outDir, bundles);
  return { pages, parts: bundles, reused, unmatched };
}

/**
 * Plain Pagefind over the built pages, without normalisation or parts: only for measuring the
 * difference (`ARCHIVE_SEARCH_PLAIN=1`, see tests/search/quality.test.ts and docs/search.md).
 */
async function buildPlainIndex(outDir: string): Promise<{ pages: number }> {
  await rm(join(outDir, PRIMARY_BUNDLE), { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ar' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length)
      throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length)
      throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

/** Where {@link indexSite} reports (Astro's integration logger, or the console in scripts/build.ts). */
export interface SearchLogger {
  info(message: string): void;
  warn(message: string): void;
}

/**
 * Builds the search index of a built site and logs `search index: N pages in M parts in T ms`
 * (parsed by scripts/bench/measure.ts). Used at the end of `astro build` and, for `npm run build`,
 * in a fresh process after Astro exits (scripts/build.ts), so that the build's memory and the
 * index's memory never add up.
 * @param outDir - the built site (absolute path).
 * @param cacheDir - Astro's `cacheDir` (absolute), where unchanged parts are kept between builds.
 * @throws Error naming the page or part when indexing fails.
 */
export async function indexSite(
  outDir: string,
  cacheDir: string | undefined,
  logger: SearchLogger,
): Promise<void> {
  const started = performance.now();
  if (archiveEnv.plainSearch) {
    const { pages } = await buildPlainIndex(outDir);
    logger.warn(
      `search index: PLAIN Pagefind (ARCHIVE_SEARCH_PLAIN=1), ${pages} pages — for comparisons only`,
    );
    return;
  }
  const { pages, parts, reused, unmatched } = await buildSearchIndex(
    outDir,
    config.searchPartSize,
    cacheDir,
  );
  if (unmatched)
    logger.warn(
      `search index: ${unmatched} words of result excerpts could not be restored to their original spelling`,
    );
  logger.info(
    `search index: ${pages} pages in ${parts.length} parts in ${Math.round(performance.now() - started)} ms (${reused} of ${parts.length} parts unchanged, copied from the build cache)`,
  );
  for (const [lang, count] of await buildLanguageIndexes(outDir, config.languages))
    logger.info(`search index (${lang}): ${count} pages`);
}
