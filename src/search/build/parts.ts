/**
 * Splits the search index into parts (Pagefind bundles merged in the browser with `mergeIndex`),
 * so that building the index needs memory for one part at a time (docs/search.md, "Parts").
 *
 * Rules (pure, deterministic):
 * - Years are grouped **from the oldest year forward**: a part takes consecutive whole years while
 *   its page count stays at most the maximum. Grouping from the oldest end keeps every older part
 *   stable when releases are added to the newest year.
 * - The **newest year is a part of its own** (or its slices are), so part 0, which every first
 *   query downloads the metadata of (its `pf_meta` grows with its pages: 7.1 kB at 641 pages,
 *   27.6 kB at 2,002, BENCHMARKS.md, fifth round), holds only this year's releases, and adding a
 *   release re-indexes this year's pages only.
 * - A year with more pages than the maximum gets parts of its own: consecutive slices of exactly
 *   `maxPages` pages in date order (oldest first), the last slice holding the rest.
 * - Parts are listed **newest first**. Part 0 (the newest) is the primary bundle `pagefind/`; every
 *   other part is `pagefind/part-<oldest year>/`, or `pagefind/part-<year>-<slice>/` for a slice
 *   (slice 1 = the oldest pages of that year). Names depend on the part's own years only.
 * - An archive of at most `maxPages` pages has exactly one part: `pagefind/`.
 *
 * Incremental property: adding a release in the newest year changes only the part that holds
 * that year. Every other part keeps its years, its page count and its bundle path. When the
 * newest year is full, its newest slice is a new part 0. The first release of a new year makes
 * the year before an ordinary year: it joins the newest group of older years if it fits, so
 * that group's part is indexed again once a year.
 */

/** One search part: a Pagefind bundle over a contiguous range of release dates. */
export interface SearchPart {
  /** Position in the list, 0 = the newest part (the primary bundle). */
  index: number;
  /** Bundle folder relative to the site root, ending with `/` (`pagefind/`, `pagefind/part-2019/`). */
  bundle: string;
  /** Years whose pages are in this part, newest first. */
  years: number[];
  /** Number of pages in this part. */
  pages: number;
  /** For a slice of a year larger than the maximum: slice number (1 = oldest pages) and slice count. */
  slice?: { number: number; of: number };
}

/** The primary bundle folder (part 0), relative to the site root. */
export const PRIMARY_BUNDLE = 'pagefind/';

/**
 * Groups release pages into search parts.
 * @param counts - pages per publication year (calendar year in the archive time zone); years
 *   with 0 pages are ignored.
 * @param maxPages - maximum pages in one part, a whole number ≥ 1.
 * @returns the parts, newest first; an empty list when there are no pages.
 * @throws Error when `maxPages` is not a whole number ≥ 1 or a count is not a whole number ≥ 0.
 */
export function searchParts(counts: ReadonlyMap<number, number>, maxPages: number): SearchPart[] {
  if (!Number.isInteger(maxPages) || maxPages < 1)
    throw new Error(
      `search parts: the maximum part size must be a whole number ≥ 1 (got ${maxPages}).`,
    );
  const years = [...counts.entries()]
    .map(([year, n]) => {
      if (!Number.isInteger(n) || n < 0)
        throw new Error(`search parts: year ${year} has an invalid page count (${n}).`);
      return [year, n] as const;
    })
    .filter(([, n]) => n > 0)
    .sort((a, b) => a[0] - b[0]);
  const total = years.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return [];
  if (total <= maxPages)
    return [
      { index: 0, bundle: PRIMARY_BUNDLE, years: years.map(([y]) => y).reverse(), pages: total },
    ];

  // Oldest first: groups of whole years, or slices of one large year.
  const groups: { years: number[]; pages: number; slice?: { number: number; of: number } }[] = [];
  let open: { years: number[]; pages: number } | undefined;
  for (const [i, [year, n]] of years.entries()) {
    if (n > maxPages) {
      open = undefined;
      const of = Math.ceil(n / maxPages);
      for (let s = 1; s <= of; s++)
        groups.push({
          years: [year],
          pages: s < of ? maxPages : n - (of - 1) * maxPages,
          slice: { number: s, of },
        });
      continue;
    }
    const newest = i === years.length - 1;
    if (open && !newest && open.pages + n <= maxPages) {
      open.years.push(year);
      open.pages += n;
    } else {
      open = { years: [year], pages: n };
      groups.push(open);
    }
  }
  return groups.reverse().map((g, index) => ({
    index,
    bundle:
      index === 0
        ? PRIMARY_BUNDLE
        : `${PRIMARY_BUNDLE}part-${g.years[0]}${g.slice ? `-${g.slice.number}` : ''}/`,
    years: [...g.years].reverse(),
    pages: g.pages,
    ...(g.slice ? { slice: g.slice } : {}),
  }));
}

/** A release page to place in a part. */
export interface PartPage {
  /** Publication year (the page's `year` filter). */
  year: number;
  /** Sort key ordering pages within a year, oldest first (the page's `date` sort key, `YYYY-MM-DDTHH:MM`). */
  key: string;
  /** Anything unique that breaks ties between equal keys (the page's path). */
  id: string;
}

/**
 * Places each page in its part (the parts from {@link searchParts} over the same pages).
 * Pages of a sliced year are ordered by `key`, then `id`, and cut into the slices in that order.
 * @returns one list of pages per part, in the order of `parts`.
 * @throws Error when a page's year is in no part, or the pages do not match the parts' counts.
 */
export function assignPages<P extends PartPage>(
  pages: readonly P[],
  parts: readonly SearchPart[],
): P[][] {
  const out: P[][] = parts.map(() => []);
  const byYear = new Map<number, P[]>();
  for (const page of pages) {
    if (!byYear.has(page.year)) byYear.set(page.year, []);
    byYear.get(page.year)!.push(page);
  }
  for (const [year, list] of byYear) {
    const holders = parts.filter((p) => p.years.includes(year));
    if (holders.length === 0)
      throw new Error(`search parts: no part holds the year ${year} (page ${list[0]!.id}).`);
    if (holders.length === 1 && !holders[0]!.slice) {
      out[holders[0]!.index]!.push(...list);
      continue;
    }
    const sorted = [...list].sort((a, b) =>
      a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
    let start = 0;
    for (const part of [...holders].sort((a, b) => a.slice!.number - b.slice!.number)) {
      out[part.index]!.push(...sorted.slice(start, start + part.pages));
      start += part.pages;
    }
    if (start !== sorted.length)
      throw new Error(
        `search parts: year ${year} has ${sorted.length} pages but its parts hold ${start}.`,
      );
  }
  parts.forEach((part, i) => {
    if (out[i]!.length !== part.pages)
      throw new Error(
        `search parts: part ${part.bundle} should hold ${part.pages} pages, found ${out[i]!.length}.`,
      );
  });
  return out;
}

/**
 * The oldest day of each part, to tell a reader "results since <day>" while older parts are unread.
 * @param placed - the pages of each part, from {@link assignPages}.
 * @returns per part, the `YYYY-MM-DD` start of its oldest page's sort key (`''` for an empty part).
 */
export function partStartDays(placed: readonly (readonly PartPage[])[]): string[] {
  return placed.map((pages) =>
    pages
      .reduce((oldest, p) => (oldest === '' || p.key < oldest ? p.key : oldest), '')
      .slice(0, 10),
  );
}

/**
 * Counts pages per year.
 * @param years - one publication year per page.
 */
export function countByYear(years: Iterable<number>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  return counts;
}
