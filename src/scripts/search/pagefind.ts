/**
 * Loads Pagefind and searches every part of the index (browser). A large archive's index is built
 * in parts (src/lib/search-parts.ts), one Pagefind bundle each, newest part first; the first is
 * the primary bundle and every other part is merged into it with `mergeIndex` before the first
 * search. Merged parts share the primary's script and WebAssembly; each part adds its own
 * `pagefind-entry.json` and `pf_meta` file (docs/search.md, "Parts").
 */
import type { PagefindResult } from './render.ts';

/** Pagefind's JavaScript API, as far as the page uses it. */
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, o: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    o: { filters?: Record<string, string>; sort?: Record<string, string> },
  ): Promise<{ results: PagefindResult[]; filters?: Record<string, Record<string, number>> } | null>;
}

/**
 * Synthetic filter (Pagefind `mergeFilter`) naming the part a result comes from: `"0"` for the
 * primary bundle, `"1"`… for the merged ones. No release page has a filter of this name.
 */
export const PART_FILTER = 'part';

/**
 * Imports Pagefind from the primary bundle and merges the other parts.
 * @param parts - bundle URLs ending with `/`, newest part first (`data-parts` of the search root).
 * @param baseUrl - the site's base path (`/` or `/press/`), prefixed to result URLs.
 * @throws whatever the dynamic import or Pagefind throws when a bundle cannot be loaded.
 */
export async function loadPagefind(parts: readonly string[], baseUrl: string): Promise<Pagefind> {
  const pf = (await import(/* @vite-ignore */ `${parts[0]}pagefind.js`)) as Pagefind;
  const shared = { baseUrl, excerptLength: 30 };
  const tagged = (k: number) => (parts.length > 1 ? { mergeFilter: { [PART_FILTER]: String(k) } } : {});
  await pf.options({ ...shared, noWorker: true, ...tagged(0) });
  await Promise.all(parts.slice(1).map((url, i) => pf.mergeIndex(url, { ...shared, ...tagged(i + 1) })));
  return pf;
}

/**
 * Searches all parts. Without a sort, Pagefind's merged order (by relevance score) is kept. With a
 * sort, Pagefind's scores are positions within each part's own sort order, so its merged order
 * interleaves parts; since parts hold disjoint, newest-first date ranges, the global order for
 * `date: desc` is every part's results in part order (reverse order for `asc`), each searched alone (one search per part
 * with results; Pagefind caches the index chunks, so the extra searches download nothing).
 * @param partCount - number of parts loaded by {@link loadPagefind}.
 * @returns the results in display order.
 */
export async function searchParts(
  pf: Pagefind,
  partCount: number,
  term: string | null,
  filters: Record<string, string>,
  sort: Record<string, string> | undefined,
): Promise<PagefindResult[]> {
  const response = await pf.search(term, { filters, ...(sort ? { sort } : {}) });
  const merged = response?.results ?? [];
  if (!sort || partCount < 2) return merged;
  const counts = response?.filters?.[PART_FILTER];
  const ordered: PagefindResult[] = [];
  const ascending = Object.values(sort)[0] === 'asc';
  for (let i = 0; i < partCount; i++) {
    const k = ascending ? partCount - 1 - i : i;
    if (counts && !counts[String(k)]) continue;
    const part = await pf.search(term, { filters: { ...filters, [PART_FILTER]: String(k) }, sort });
    ordered.push(...(part?.results ?? []));
  }
  return ordered;
}
