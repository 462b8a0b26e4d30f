/**
 * Loads Pagefind and searches the parts of the index one at a time (browser). A large archive's
 * index is built in parts (src/search/build/parts.ts), one Pagefind bundle each, newest part first;
 * the first is the primary bundle and every other part is merged into it with `mergeIndex` the
 * first time a search needs it (src/search/browser/plan.ts says which). Merged parts share the
 * primary's script and WebAssembly; each part adds its own `pagefind-entry.json` and `pf_meta`
 * file (docs/search.md, "Parts").
 */
import { FILTER } from '../contract.ts';
import type { FilterValue } from './filters.ts';
import { mergeResults } from './merge.ts';
import type { PagefindResult } from './render.ts';

/** One Pagefind instance (Pagefind 1.6 `createInstance`), as far as the page uses it. */
interface Pagefind {
  mergeIndex(url: string, o: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    o: { filters?: Record<string, FilterValue>; sort?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] } | null>;
  destroy(): Promise<void>;
}

/**
 * Synthetic filter (Pagefind `mergeFilter`) naming the part a result comes from: `"0"` for the
 * primary bundle, `"1"`… for the merged ones. No release page has a filter of this name.
 */
const PART_FILTER = FILTER.part;

/** A search index in parts, each downloaded on its first search. */
export interface PartedIndex {
  /**
   * Searches one part, downloading it first if no search has needed it yet. Pagefind searches
   * every part loaded so far (and downloads their index chunks for the term); the synthetic
   * {@link PART_FILTER} keeps this part's results.
   * @param part - position of the part, 0 = the newest (primary bundle).
   * @param terms - the query's alternative terms (`queryTerms` in src/arabic/search-fold.ts),
   *   searched one after the other and merged (merge.ts), or `null` for a filter-only search.
   * @param filters - Pagefind filters (`country`, `tag`, `year`, `month`: filters.ts).
   * @param sort - Pagefind sort (`{ date: 'desc' }`), or none for relevance within the part.
   * @returns the part's results in Pagefind's order.
   * @throws whatever the dynamic import or Pagefind throws when a bundle cannot be loaded; the
   *   index then starts again from nothing at the next search (Pagefind keeps a part that failed
   *   to load, which would fail every later search).
   */
  search(
    part: number,
    terms: readonly string[] | null,
    filters: Record<string, FilterValue>,
    sort: Record<string, string> | undefined,
  ): Promise<PagefindResult[]>;
  /** Number of parts loaded (0 before the first search). */
  readonly loaded: number;
  /**
   * Forgets the loaded parts, so that the next search reads only the parts it needs instead of
   * searching (and downloading index chunks from) every part an earlier query loaded. Files
   * already downloaded come from the browser's cache.
   */
  restart(): void;
}

/**
 * Opens the index; nothing is downloaded before the first search.
 * @param parts - bundle URLs ending with `/`, newest part first (`data-parts` of the search root).
 * @param baseUrl - the site's base path (`/` or `/press/`), prefixed to result URLs.
 */
export function openIndex(parts: readonly string[], baseUrl: string): PartedIndex {
  const shared = { baseUrl, excerptLength: 30 };
  const split = parts.length > 1;
  const tagged = (k: number) => (split ? { mergeFilter: { [PART_FILTER]: String(k) } } : {});
  /** One Pagefind instance and the parts merged into it; independent of any earlier session. */
  interface Session {
    pf: Promise<Pagefind>;
    merged: Map<number, Promise<void>>;
  }
  let session: Session | undefined;
  const open = (): Session =>
    (session ??= {
      pf: (async () => {
        const api = (await import(/* @vite-ignore */ `${parts[0]}pagefind.js`)) as {
          createInstance(o: Record<string, unknown>): Pagefind;
        };
        return api.createInstance({ basePath: parts[0], ...shared, noWorker: true, ...tagged(0) });
      })(),
      merged: new Map(),
    });
  const close = (s: Session) => {
    if (session === s) session = undefined;
    void s.pf.then((pf) => pf.destroy()).catch(() => {});
  };
  return {
    async search(part, terms, filters, sort) {
      const s = open();
      try {
        const pf = await s.pf;
        if (part > 0 && !s.merged.has(part))
          s.merged.set(part, pf.mergeIndex(parts[part]!, { ...shared, ...tagged(part) }));
        // Pagefind searches every merged part, so a part still being merged must be ready first.
        await Promise.all(s.merged.values());
        const options = {
          filters: split ? { ...filters, [PART_FILTER]: String(part) } : filters,
          ...(sort ? { sort } : {}),
        };
        const lists: PagefindResult[][] = [];
        // One after the other: the terms share index chunks, which the first search downloads.
        for (const term of terms ?? [null])
          lists.push((await pf.search(term, options))?.results ?? []);
        return mergeResults(lists);
      } catch (error) {
        close(s);
        throw error;
      }
    },
    get loaded() {
      return session ? 1 + session.merged.size : 0;
    },
    restart() {
      if (session) close(session);
    },
  };
}
