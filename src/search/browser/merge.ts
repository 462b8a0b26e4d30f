/**
 * One result list from the searches of a query's alternative terms (src/arabic/search-fold.ts,
 * `queryTerms`: «للجنة» is searched as ل + ال + جنة and as ل + ال + لجنة). Pure.
 *
 * The terms are searched in the same Pagefind index part, so their scores compare: a relevance
 * score (BM25), or with a sort the page's position in that part's sort order (Pagefind 1.6,
 * `search` in pagefind_web). A page found by several terms keeps its best score and the union of
 * the matched word positions, so its excerpt and highlights show every matched word.
 */

/** What the merge needs of a Pagefind result. */
export interface ScoredResult<D extends { locations: number[] }> {
  id: string;
  score: number;
  /** Matched word positions in the page (Pagefind's `words`). */
  words: number[];
  data(): Promise<D>;
}

/**
 * Merges result lists, best score first (ties keep the order of the first list that had them).
 * @param lists - one list per term, each in Pagefind's order.
 * @returns the results, each page once; a single list comes back unchanged.
 */
export function mergeResults<D extends { locations: number[] }>(
  lists: readonly (readonly ScoredResult<D>[])[],
): ScoredResult<D>[] {
  if (lists.length === 1) return [...lists[0]!];
  const byId = new Map<string, { best: ScoredResult<D>; words: Set<number>; order: number }>();
  let order = 0;
  for (const list of lists) {
    for (const r of list) {
      const seen = byId.get(r.id);
      if (!seen) byId.set(r.id, { best: r, words: new Set(r.words), order: order++ });
      else {
        for (const w of r.words) seen.words.add(w);
        if (r.score > seen.best.score) seen.best = r;
      }
    }
  }
  return [...byId.values()]
    .sort((a, b) => b.best.score - a.best.score || a.order - b.order)
    .map(({ best, words }) => {
      const all = [...words].sort((a, b) => a - b);
      if (all.length === best.words.length) return best;
      return {
        id: best.id,
        score: best.score,
        words: all,
        data: async () => ({ ...(await best.data()), locations: all }),
      };
    });
}
