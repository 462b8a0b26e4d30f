/**
 * Whether the search feed may build a part of the search index while Astro renders
 * (src/search/build/feed-worker.ts). A part is indexed by its own Pagefind process, whose memory
 * grows with the part's pages; built while Astro renders, it adds to Astro's own memory, which is
 * at its highest at the end of the build. BENCHMARKS.md (fourth round) measured the tree at
 * 4.2–4.4 GiB at 10,000 releases with every part built during rendering, against 1.76 GiB when
 * the index was built after Astro had exited. Pure.
 */

/**
 * Resident memory of Pagefind 1.6's process per release page of a part, in bytes: about
 * 1.7 GiB for a part of 5,000 pages (its peak while writing the bundle, read from /proc while
 * the 10,000-release benchmark built its parts; BENCHMARKS.md, fifth round).
 */
export const PAGEFIND_BYTES_PER_PAGE = 0.36 * 2 ** 20;

/**
 * @param rss - resident memory of the build's Node process now, in bytes
 *   (`process.memoryUsage.rss()`: the whole process, Astro's thread included).
 * @param pages - release pages in the part.
 * @param budgetMiB - the `searchFeedMemory` setting, in MiB.
 * @returns `true` when the process and the part's Pagefind process together stay within the
 *   budget, so the part can be built now; `false` leaves it to the index step after Astro.
 */
export function partFitsNow(rss: number, pages: number, budgetMiB: number): boolean {
  return rss + pages * PAGEFIND_BYTES_PER_PAGE <= budgetMiB * 2 ** 20;
}
