import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { archiveEnv } from '../../config/env.ts';
import { config } from '../../config/settings.ts';
import { assignPages, countByYear, PRIMARY_BUNDLE, searchParts } from './parts.ts';
import { PAGEFIND, PARTS_ATTRIBUTE } from '../contract.ts';
import { buildSearchPart } from './part.ts';
import {
  buildPart,
  hasPart,
  partKey,
  pruneParts,
  restorePart,
  searchCodeVersion,
} from './cache.ts';
import {
  docsDirectory,
  isCurrent,
  partInputs,
  pageRecord,
  readRecords,
  stamped,
  writeRecords,
  type PageRecord,
} from './records.ts';
import { buildLanguageIndexes } from './languages.ts';

/**
 * Builds the search index at the end of `astro build` (`astro:build:done`), so `npm run build`
 * alone gives a searchable archive. See docs/search.md for the design:
 * 1. the release pages (`<out>/releases/<slug>/index.html`, the pages with a `data-pagefind-body`)
 *    are listed; their year, date sort key and body hash come from the records the search feed
 *    kept while Astro rendered them (src/search/build/records.ts), or from reading the page;
 * 2. they are grouped into parts of at most `searchPartSize` pages (src/search/build/parts.ts), and
 *    each part is indexed in its own Pagefind process (src/search/build/part.ts) into its
 *    own bundle (`pagefind/`, `pagefind/part-<year>/`…), which the search page merges in the
 *    browser; a part already in the build cache (built in an earlier build, or by the feed while
 *    Astro was still rendering) is copied instead.
 * Work is linear in the number of releases; memory is bounded by the part size.
 */

const BATCH = 32;

/**
 * The built release pages: `index.html` files under `<outDir>/releases/` that have a
 * `data-pagefind-body`, as records. A kept record whose file is unchanged is used as it is;
 * other pages are read.
 * @param known - records kept by the feed or the last build, by page file.
 * @throws Error naming the page when a release page has no year filter.
 */
async function releasePages(
  outDir: string,
  known: ReadonlyMap<string, PageRecord>,
): Promise<PageRecord[]> {
  const ids: string[] = [];
  for (const entry of await readdir(join(outDir, 'releases'), {
    withFileTypes: true,
    recursive: true,
  }).catch(() => [])) {
    if (entry.isFile() && entry.name === 'index.html')
      ids.push(relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  }
  ids.sort();
  const pages: PageRecord[] = [];
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = await Promise.all(
      ids.slice(i, i + BATCH).map(async (id): Promise<PageRecord | undefined> => {
        const kept = known.get(id);
        if (kept && isCurrent(outDir, kept)) return kept;
        const html = await readFile(join(outDir, id), 'utf8');
        if (!html.includes(PAGEFIND.body)) return undefined;
        const record = pageRecord(id, html);
        return record && stamped(outDir, record);
      }),
    );
    for (const page of batch) if (page) pages.push(page);
  }
  return pages;
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
 * @param cacheDir - where unchanged parts, records and search documents are kept between builds
 *   (absolute); none: no reuse.
 * @param sourceRoot - the source folder whose indexing code keys the cache (`searchCodeVersion`; default `src/`).
 * @returns pages indexed, the parts' bundle folders (relative to `outDir`, newest part first),
 *   parts copied from the cache and words that could not be restored to their original spelling.
 * @throws Error naming the page when Pagefind rejects a page or a bundle cannot be written.
 */
export async function buildSearchIndex(
  outDir: string,
  maxPages = config.searchPartSize,
  cacheDir?: string,
  sourceRoot?: string,
): Promise<{ pages: number; parts: string[]; reused: number; unmatched: number }> {
  const version = cacheDir === undefined ? undefined : searchCodeVersion(sourceRoot);
  const cache = cacheDir !== undefined && version !== undefined ? cacheDir : undefined;
  const docsDir = cache && docsDirectory(cache, version!);
  const kept = cache ? readRecords(cache, version!) : { records: new Map(), built: new Set() };
  const found = await releasePages(outDir, kept.records);
  // The search step owns pagefind/: files left by an earlier index (indexing the same dist/ twice)
  // would otherwise stay next to the new ones, and their fragments would be restored a second time.
  await rm(join(outDir, PRIMARY_BUNDLE), { recursive: true, force: true });
  const parts = searchParts(countByYear(found.map((p) => p.year)), maxPages);
  const placed = assignPages(found, parts);
  const used = new Set<string>();
  let pages = 0;
  let reused = 0;
  let unmatched = 0;
  for (const part of parts) {
    releaseMemory();
    const bundleDir = join(outDir, part.bundle);
    const partPages = placed[part.index]!;
    const inputs = () => partInputs(outDir, docsDir, partPages);
    const primary = part.index === 0;
    if (!cache) {
      const result = await buildSearchPart(bundleDir, inputs(), primary);
      pages += result.pages;
      unmatched += result.unmatched;
      continue;
    }
    const key = partKey(version!, part.bundle, partPages);
    used.add(key);
    if (hasPart(cache, key)) {
      if (!kept.built.has(key)) reused++;
    } else {
      const result = await buildPart(cache, key, (dir) => buildSearchPart(dir, inputs(), primary));
      unmatched += result.unmatched;
    }
    restorePart(cache, key, bundleDir);
    pages += partPages.length;
  }
  if (cache) {
    pruneParts(cache, used);
    writeRecords(cache, version!, found);
  }
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
