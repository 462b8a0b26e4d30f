/**
 * Which parts of a split search index (src/lib/search-parts.ts) a search reads, and in what
 * order. Pure; used by the search page (src/scripts/search/app.ts).
 *
 * A reader's first query downloads the newest part only. Older parts are downloaded when the
 * reader asks for more results than the newer parts hold ("عرض المزيد"), or at once when the
 * newer parts hold too few to fill the first page of results. Each further step reads twice as
 * many parts as the one before, in parallel (1, 2, 4, 8…), so that a rare word in a 30-part
 * archive costs five round trips, not thirty, while a common word costs one part.
 */

/**
 * The parts a search must read, newest first.
 * @param partYears - for each part, newest first, the years it holds (`SearchPart.years`).
 * @param year - the year filter as a four-digit string, or `''` for all years.
 * @returns part positions (0 = newest): every part for all years, else only the parts that hold
 *   the year (a year larger than one part spans several).
 */
export function partsToSearch(partYears: readonly (readonly number[])[], year: string): number[] {
  const all = partYears.map((_, k) => k);
  if (!year) return all;
  const wanted = Number(year);
  return all.filter((k) => partYears[k]!.includes(wanted));
}

/**
 * The next parts to read, in parallel.
 * @param plan - the parts to search, from {@link partsToSearch}.
 * @param searched - how many parts of the plan are already read (a prefix of the plan).
 * @returns the next step: 1 part after none read, then each step twice the one before (1, 2, 4,
 *   8… parts, i.e. one more than all read so far), never past the end of the plan; empty when the
 *   plan is done.
 */
export function nextParts(plan: readonly number[], searched: number): number[] {
  return plan.slice(searched, searched + searched + 1);
}

/**
 * The oldest year a partial search has covered, to say "results since <year>".
 * @param partYears - as for {@link partsToSearch}.
 * @param plan - the parts to search.
 * @param searched - how many parts of the plan are read.
 * @returns the oldest year of the read parts, or `undefined` when none is read or the plan is done
 *   (a finished search covers every year it can).
 */
export function searchedSince(partYears: readonly (readonly number[])[], plan: readonly number[], searched: number): number | undefined {
  if (searched === 0 || searched >= plan.length) return undefined;
  return Math.min(...plan.slice(0, searched).flatMap((k) => partYears[k] ?? []));
}
