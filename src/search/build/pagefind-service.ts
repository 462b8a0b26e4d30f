import * as pagefind from 'pagefind';

/**
 * Starts a Pagefind index (a Pagefind 1.6 service process) with the archive's index settings.
 * Every index the build writes for readers goes through here: the parts of the Arabic index
 * (src/search/build/part.ts) and the translations' bundles (src/search/build/languages.ts).
 */

/**
 * Pagefind's index chunk size (`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, read by Pagefind 1.6's
 * service): smaller chunks mean a smaller download for each query word, against a slightly
 * larger `pf_meta` that lists them. Measured on the search page at 10,000 releases (BENCHMARKS.md,
 * fifth round): Pagefind's default gave a first query of 117.6 kB (20.6 kB index chunk, 7.1 kB
 * meta) and a later one of 63.0 kB; 10,000 gave 108.8 / 41.0 kB; 4,000 gave 104.2 / 35.1 kB
 * (4.5 kB chunk, 9.8 kB meta). Set here, not by the operator, because the search code's version
 * (part of every cached part's key, src/search/build/cache.ts) must cover it.
 */
export const INDEX_CHUNK_SIZE = 4_000;

/**
 * @param language - Pagefind's `forceLanguage` (e.g. `ara`, `fr`).
 * @returns what `pagefind.createIndex` returns: the index, or the errors that kept it from starting.
 */
export function createPagefindIndex(language: string): ReturnType<typeof pagefind.createIndex> {
  // The service is spawned with this thread's environment (pagefind/lib/service.js).
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
  return pagefind.createIndex({ forceLanguage: language });
}
