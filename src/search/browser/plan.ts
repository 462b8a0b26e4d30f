/**
 * Which parts of a split search index (src/search/build/parts.ts) a search reads, and in what
 * order. Pure; used by the search page (src/search/browser/app.ts).
 *
 * A reader's first query downloads the newest part only. Older parts are downloaded when the
 * reader asks for more results than the newer parts hold ("عرض المزيد"), or at once when the
 * newer parts hold too few to fill the first page of results. Each further step reads twice as
 * many parts as the one before, in parallel (1, 2, 4, 8…), so that a rare word in a 30-part
 * archive takes five steps, not thirty, while a common word costs one part. A year filter or a
 * period reads all the parts of its years at once, and only those.
 */

/**
 * The parts a search must read, newest first.
 * @param partYears - for each part, newest first, the years it holds (`SearchPart.years`).
 * @param years - the years the filters allow (`yearsToRead` in filters.ts: the year filter and the
 *   period), or `undefined` for all years.
 * @returns part positions (0 = newest): every part for all years, else only the parts that hold
 *   an allowed year (a year larger than one part spans several).
 */
export function partsToSearch(
  partYears: readonly (readonly number[])[],
  years: ((year: number) => boolean) | undefined,
): number[] {
  const all = partYears.map((_, k) => k);
  if (!years) return all;
  return all.filter((k) => partYears[k]!.some(years));
}

/**
 * The next parts to read, in parallel.
 * @param plan - the parts to search, from {@link partsToSearch}.
 * @param searched - how many parts of the plan are already read (a prefix of the plan).
 * @param all - read the rest of the plan at once (a year filter: its one or few parts, so that
 *   the count for that year is complete).
 * @returns the next step: 1 part after none read, then each step twice the one before (1, 2, 4,
 *   8… parts, i.e. one more than all read so far), never past the end of the plan; empty when the
 *   plan is done.
 */
export function nextParts(plan: readonly number[], searched: number, all = false): number[] {
  return plan.slice(searched, all ? plan.length : searched + searched + 1);
}

/**
 * The part whose start bounds a partial search: results cover that part's oldest day and later.
 * Parts hold disjoint date ranges, newest first, so the last part read is the oldest.
 * @param plan - the parts to search.
 * @param searched - how many parts of the plan are read.
 * @returns the position of the last part read, or `undefined` when none is read or the plan is
 *   done (a finished search covers every date it can).
 */
export function searchedSince(plan: readonly number[], searched: number): number | undefined {
  if (searched === 0 || searched >= plan.length) return undefined;
  return plan[searched - 1];
}
